'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { deleteServiceAction } from '@/lib/actions/services';
import { ConfirmDeleteButton } from './confirm-delete-button';

export function DeleteServiceButton({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations('catalogue.services.delete');
  const router = useRouter();
  return (
    <ConfirmDeleteButton
      testId="service-delete"
      labels={{ button: t('button'), confirm: t('confirm', { name }), yes: t('yes'), cancel: t('cancel') }}
      action={() => deleteServiceAction({ slug })}
      onDeleted={() => {
        router.push('/services');
        router.refresh();
      }}
    />
  );
}
