'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { revokeApiTokenAction } from '@/lib/actions/api-tokens';
import { Button } from '@/components/ui/button';
import { useFormSubmit } from '@/lib/client/use-form-submit';

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('admin.tokens');
  const tc = useTranslations('common.actions');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { submit, busy, banner: error } = useFormSubmit({ shows: [], send: () => revokeApiTokenAction({ id }), onSuccess: () => router.refresh() });

  async function revoke() {
    await submit(undefined);
    setConfirming(false);
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
