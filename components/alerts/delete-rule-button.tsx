'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { deleteAlertRuleAction } from '@/lib/actions/alerts';
import { Button } from '@/components/ui/button';

export function DeleteRuleButton({ id }: { id: string }) {
  const t = useTranslations('alerts.rules');
  const router = useRouter();
  async function remove() {
    if (!window.confirm(t('deleteConfirm'))) return;
    const res = await deleteAlertRuleAction({ id });
    if (res.ok) router.refresh();
  }
  return <Button variant="ghost" onClick={() => void remove()}>{t('delete')}</Button>;
}
