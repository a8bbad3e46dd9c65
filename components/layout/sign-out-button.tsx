'use client';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { clearOfflinePages } from '@/lib/offline/service-worker';

export function SignOutButton() {
  const t = useTranslations('common.nav');
  return (
    <button
      type="button"
      data-testid="sign-out"
      onClick={() => {
        // Cached incident pages hold what this person could read: forget them.
        clearOfflinePages();
        void signOut({ callbackUrl: '/login' });
      }} className="rounded-md px-2 py-1 text-sm text-slate-200 hover:bg-slate-700">
      {t('signOut')}
    </button>
  );
}
