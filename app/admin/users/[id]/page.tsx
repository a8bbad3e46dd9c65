import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { languageNames } from '@/components/admin/language-names';
import { ResetPasswordForm } from '@/components/admin/reset-password-form';
import { StatusBadge } from '@/components/admin/status-badge';
import { UserProfileForm } from '@/components/admin/user-profile-form';
import { UserStatusControl } from '@/components/admin/user-status-control';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { isLocale } from '@/lib/i18n/locales';
import { getUser } from '@/lib/users/get-user';

export const metadata: Metadata = { title: 'User' };

async function findUser(actor: Awaited<ReturnType<typeof requirePageActor>>, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getUser(getDb(), { actor, id });
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') return null;
    throw e;
  }
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('admin', `/admin/users/${id}`);
  const user = await findUser(actor, id);
  if (!user) notFound();
  const t = await getTranslations('admin.user');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : tc('never'));
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/users" className="text-brand-700 hover:underline">← {t('back')}</Link></p>
      <PageHeader
        title={user.name}
        description={user.email}
        actions={user.active ? <StatusBadge tone="green" testId="user-status">{t('active')}</StatusBadge> : <StatusBadge tone="grey" testId="user-status">{t('deactivated')}</StatusBadge>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('profile')}>
          <UserProfileForm user={{ id: user.id, name: user.name, role: user.role }} />
        </Card>
        <Card title={t('details')}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">{t('created')}</dt><dd>{when(user.createdAt)}</dd>
            <dt className="text-slate-500">{t('lastLogin')}</dt><dd>{when(user.lastLoginAt)}</dd>
            <dt className="text-slate-500">{t('language')}</dt><dd>{isLocale(user.locale) ? languageNames[user.locale] : t('languageNotSet')}</dd>
          </dl>
          <Link href={`/admin/audit?entityType=user&entityId=${user.id}`} className="mt-3 inline-block text-sm text-brand-700 hover:underline" data-testid="user-audit-link">
            {t('history')}
          </Link>
        </Card>
        <Card title={t('password')}>
          <ResetPasswordForm userId={user.id} />
        </Card>
        <Card title={t('access')}>
          <UserStatusControl userId={user.id} active={user.active} isSelf={user.id === actor.userId} />
        </Card>
      </div>
    </>
  );
}
