'use client';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';

// Our own codes (lib/auth/auth-options.ts) and next-auth's for a single sign-on that failed
// on the way (provider unreachable, the person cancelled at the provider, a bad token).
const errorKeys: Record<string, string> = {
  rate_limited: 'rateLimited',
  sso_no_email: 'ssoNoEmail',
  sso_email_unverified: 'ssoEmailUnverified',
  account_inactive: 'accountInactive',
  OAuthSignin: 'ssoFailed',
  OAuthCallback: 'ssoFailed',
  Callback: 'ssoFailed',
  Configuration: 'ssoFailed',
};

export function LoginForm({ callbackUrl, initialError, ssoName }: { callbackUrl: string; initialError?: string | undefined; ssoName?: string | undefined }) {
  const t = useTranslations('auth.login');
  const [error, setError] = useState<string | null>(initialError ? (errorKeys[initialError] ?? 'failed') : null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setBusy(false);
    if (res?.ok && !res.error) {
      // A full navigation, so that the server renders with the new session and language.
      window.location.assign(callbackUrl);
      return;
    }
    setError(errorKeys[res?.error ?? ''] ?? 'failed');
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <ErrorBanner>{t(error)}</ErrorBanner> : null}
        <Field label={t('email')} htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field label={t('password')} htmlFor="password">
          <Input id="password" name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? t('submitting') : t('submit')}
        </Button>
      </form>
      {ssoName ? (
        <>
          <p className="text-center text-xs uppercase text-slate-400">{t('or')}</p>
          <Button variant="secondary" className="w-full" onClick={() => void signIn('oidc', { callbackUrl })}>
            {t('sso', { provider: ssoName })}
          </Button>
        </>
      ) : null}
    </div>
  );
}
