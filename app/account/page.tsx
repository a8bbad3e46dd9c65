import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountProfileForm } from '@/components/account/account-profile-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ContactMethodsEditor } from '@/components/on-call/contact-methods-editor';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/locales';
import { hasOwnPassword } from '@/lib/users/change-my-password';
import { getMe } from '@/lib/users/get-me';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const actor = await requirePageActor('viewer', '/account');
  const db = getDb();
  const me = await getMe(db, { actor });
  const t = await getTranslations('admin.account');
  const tc = await getTranslations('common');
  const tOnCall = await getTranslations('onCall.contact');
  // Signed-in people always have a user; this only guards against a stale session.
  if (!me.user) return <PageHeader title={t('title')} />;
  const hasPassword = await hasOwnPassword(db, { actor });
  return (
    <>
      <PageHeader title={t('title')} description={`${me.user.email} · ${tc(`roles.${me.role}`)}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('profile')}>
          <AccountProfileForm name={me.user.name} locale={isLocale(me.user.locale) ? me.user.locale : null} />
        </Card>
        <Card title={t('password')}>
          {hasPassword ? <ChangePasswordForm email={me.user.email} /> : <p className="text-sm text-slate-600">{t('ssoNoPassword')}</p>}
        </Card>
        <Card title={tOnCall('heading')} className="lg:col-span-2">
          <ContactMethodsEditor />
        </Card>
      </div>
    </>
  );
}
