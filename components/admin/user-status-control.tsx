'use client';
// Deactivating signs the person out everywhere at once and stops the API tokens they
// created; it asks for confirmation first. Reactivating restores both.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateUserAction } from '@/lib/actions/users';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { useFormSubmit } from '@/lib/client/use-form-submit';

export function UserStatusControl({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const t = useTranslations('admin.user');
  const tc = useTranslations('common.actions');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { submit, busy, banner } = useFormSubmit({
    shows: [],
    send: (active: unknown) => updateUserAction({ id: userId, changes: { active: active === true } }),
    onSuccess: () => router.refresh(),
  });

  async function apply(next: boolean) {
    await submit(next);
    setConfirming(false);
  }

  return (
    <div className="space-y-3">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <p className="text-sm text-slate-600">{active ? t('deactivateHelp') : t('reactivateHelp')}</p>
      {!active ? (
        <Button variant="secondary" disabled={busy} onClick={() => void apply(true)} data-testid="user-reactivate">{t('reactivate')}</Button>
      ) : confirming ? (
        <div className="space-y-2 rounded-md bg-red-50 p-3 ring-1 ring-red-200">
          <p className="text-sm text-red-800">{isSelf ? t('deactivateSelfConfirm') : t('deactivateConfirm')}</p>
          <div className="flex gap-2">
            <Button variant="danger" disabled={busy} onClick={() => void apply(false)} data-testid="user-deactivate-confirm">{t('deactivate')}</Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>{tc('cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)} data-testid="user-deactivate">{t('deactivate')}</Button>
      )}
    </div>
  );
}
