import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SetupForm } from '@/components/auth/setup-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/lib/db/client';
import { hasAnyUser } from '@/lib/users/create-first-admin';

export const metadata: Metadata = { title: 'Set up' };

export default async function SetupPage() {
  if (await hasAnyUser(getDb())) redirect('/login');
  const t = await getTranslations('auth.setup');
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t('intro')}</p>
        <SetupForm />
      </Card>
    </div>
  );
}
