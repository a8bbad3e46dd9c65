import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackupOverview } from '@/components/backup/backup-overview';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getBackupStatus } from '@/lib/backup/get-backup-status';
import { getEnv } from '@/lib/config/env';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Backups' };

export default async function BackupsPage() {
  const actor = await requirePageActor('admin', '/admin/backups');
  const status = await getBackupStatus(getDb(), { actor, env: getEnv() });
  const t = await getTranslations('backup');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <BackupOverview status={status} />
    </>
  );
}
