// The home page's warning for admins when the newest good backup is older than the schedule
// allows (or there is none while backups are scheduled). Self-contained: include it anywhere
// with <BackupWarning />; it renders nothing for everyone else.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getCurrentActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getBackupStatus } from '@/lib/backup/get-backup-status';
import { getEnv } from '@/lib/config/env';
import { getDb } from '@/lib/db/client';

export async function BackupWarning() {
  const actor = await getCurrentActor();
  if (!actor || !hasRole(actor, 'admin')) return null;
  const status = await getBackupStatus(getDb(), { actor, env: getEnv() });
  if (!status.overdue) return null;
  const t = await getTranslations('backup.warning');
  const format = await getFormatter();
  const newest = status.newestGood;
  return (
    <div role="alert" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="backup-warning">
      <span>{newest ? t('overdue', { when: format.dateTime(new Date(newest.startedAt), { dateStyle: 'medium', timeStyle: 'short' }) }) : t('none')}</span>
      <Link href="/admin/backups" className="font-medium underline">{t('open')}</Link>
    </div>
  );
}
