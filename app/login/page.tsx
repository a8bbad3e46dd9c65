import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { Card } from '@/components/ui/card';
import { ssoEnabled } from '@/lib/auth/auth-options';
import { getCurrentActor } from '@/lib/auth/page-guard';
import { getEnv } from '@/lib/config/env';
import { getDb } from '@/lib/db/client';
import { hasAnyUser } from '@/lib/users/create-first-admin';

export const metadata: Metadata = { title: 'Sign in' };

function safeCallback(url: string | undefined): string {
  // Only same-site paths: never bounce a fresh session to another origin.
  return url && url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const sp = await searchParams;
  if (await getCurrentActor()) redirect(safeCallback(sp.callbackUrl));
  if (!(await hasAnyUser(getDb()))) redirect('/setup');
  const t = await getTranslations('auth.login');
  return (
    <div className="mx-auto mt-10 max-w-sm">
      <Card>
        <h1 className="mb-4 text-xl font-semibold">{t('title')}</h1>
        <LoginForm callbackUrl={safeCallback(sp.callbackUrl)} initialError={sp.error} ssoName={ssoEnabled() ? getEnv().OIDC_NAME : undefined} />
      </Card>
    </div>
  );
}
