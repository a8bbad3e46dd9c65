import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BackupWarning } from '@/components/backup/backup-warning';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';

export default async function HomePage() {
  const actor = await requirePageActor('viewer', '/');
  const t = await getTranslations('home');
  return (
    <>
      <PageHeader title={t('title')} description={t('welcome', { name: actor.label })} />
      <BackupWarning />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t('catalogue')}>
          <p className="mb-3 text-sm text-slate-600">{t('catalogueBody')}</p>
          <div className="flex gap-2">
            <Link className={buttonClass('secondary')} href="/services">{t('openServices')}</Link>
            <Link className={buttonClass('secondary')} href="/teams">{t('openTeams')}</Link>
          </div>
        </Card>
      </div>
    </>
  );
}
