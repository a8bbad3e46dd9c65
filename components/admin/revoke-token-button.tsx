'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { revokeApiTokenAction } from '@/app/admin/tokens/actions';
import { Button } from '@/components/ui/button';
import { useActionError } from './use-action-error';

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('admin.tokens');
  const tc = useTranslations('common.actions');
  const router = useRouter();
  const describe = useActionError();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setBusy(true);
    const res = await revokeApiTokenAction({ id });
    setBusy(false);
    setConfirming(false);
    if (!res.ok) return setError(describe(res.error, []).banner);
    router.refresh();
  }

  if (!confirming) {
    return (
      <>
        {error ? <span role="alert" className="mr-2 text-xs text-red-600">{error}</span> : null}
        <Button variant="ghost" className="text-red-700" onClick={() => setConfirming(true)} aria-label={t('revokeNamed', { name })} data-testid="token-revoke">
          {t('revoke')}
        </Button>
      </>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <span className="text-xs text-red-800">{t('revokeConfirm')}</span>
      <Button variant="danger" disabled={busy} onClick={() => void revoke()} data-testid="token-revoke-confirm">{t('revoke')}</Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>{tc('cancel')}</Button>
    </span>
  );
}
