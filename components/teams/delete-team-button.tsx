'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { deleteTeamAction } from '@/lib/actions/teams';
import { ConfirmDeleteButton } from '@/components/services/confirm-delete-button';

export function DeleteTeamButton({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations('catalogue.teams.delete');
  const router = useRouter();
  return (
    <ConfirmDeleteButton
      testId="team-delete"
      labels={{ button: t('button'), confirm: t('confirm', { name }), yes: t('yes'), cancel: t('cancel') }}
      action={() => deleteTeamAction({ slug })}
      onDeleted={() => {
        router.push('/teams');
        router.refresh();
      }}
    />
  );
}
