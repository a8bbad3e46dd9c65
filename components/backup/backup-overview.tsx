// /admin/backups: the schedule, the newest good backup (size, age, verification), failures,
// and the recent runs. A list rather than a table, so it fits a phone.
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, ErrorBanner } from '@/components/ui/card';
import type { BackupStatus } from '@/lib/backup/get-backup-status';

export async function BackupOverview({ status }: { status: BackupStatus }) {
  const t = await getTranslations('backup');
  const format = await getFormatter();
  const now = new Date();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const mb = (bytes: number | null) => (bytes == null ? '–' : t('mb', { value: format.number(bytes / 1e6, { maximumFractionDigits: 1 }) }));
  const newest = status.newestGood;
  // A failed run's own error text (pg_dump, the file system…) is English and technical: the
  // reader gets the localized sentence, the operator the raw text folded away beneath it.
  const technical = (detail: string | null) =>
    detail ? (
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">{t('details')}</summary>
        <code className="block whitespace-pre-wrap break-words text-red-700">{detail}</code>
      </details>
    ) : null;
  return (
    <div className="grid gap-4" data-testid="backup-overview">
      {status.overdue ? <ErrorBanner>{t('overdue')}</ErrorBanner> : null}
      <Card title={t('schedule.title')}>
        <p className="text-sm text-slate-700" data-testid="backup-schedule">
          {status.scheduled ? t('schedule.on', { cron: status.cron, dir: status.dir ?? '' }) : t('schedule.off')}
        </p>
        <p className="mt-2 text-sm text-slate-600">{status.walArchive ? t('schedule.pitrOn', { dir: status.walArchive }) : t('schedule.pitrOff')}</p>
      </Card>
      <Card title={t('newest.title')}>
        {newest ? (
          <div className="grid gap-1 text-sm" data-testid="backup-newest">
            <p>{t('newest.when', { when: when(newest.startedAt), age: format.relativeTime(new Date(newest.startedAt), now) })}</p>
            <p>{t('newest.size')}: {mb(newest.sizeBytes)} · {t('newest.rows')}: {format.number(newest.rows ?? 0)}</p>
            <p className="break-all text-slate-600">{t('newest.path')}: <code>{newest.path}</code></p>
            <p className="text-slate-600">
              {newest.verifiedAt
                ? newest.verifyOk
                  ? t('newest.verified', { when: when(newest.verifiedAt) })
                  : <>{t('newest.verifyFailed', { when: when(newest.verifiedAt) })}{technical(newest.verifyError)}</>
                : t('newest.notVerified')}
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t('newest.none')}</p>
        )}
        <p className="mt-2 text-sm text-slate-600" data-testid="backup-failures">{t('failures', { count: status.failuresLast7Days })}</p>
      </Card>
      <Card title={t('recent.title')}>
        {status.recent.length === 0 ? (
          <p className="text-sm text-slate-600">{t('recent.none')}</p>
        ) : (
          <ol className="divide-y divide-slate-100 text-sm" data-testid="backup-runs">
            {status.recent.map((r) => (
              <li key={r.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-status={r.status}>
                <span className={r.status === 'succeeded' ? 'font-medium text-emerald-700' : 'font-medium text-red-700'}>{t(`recent.${r.status}`)}</span>
                <time dateTime={r.startedAt} className="text-slate-600">{when(r.startedAt)}</time>
                <span className="text-slate-600">{t(`recent.${r.kind}`)} · {r.trigger === 'cli' ? t('recent.cli') : t('recent.schedule')}</span>
                <span className="text-slate-600">{mb(r.sizeBytes)} · {t('recent.duration', { seconds: format.number(r.durationMs / 1000, { maximumFractionDigits: 1 }) })}</span>
                {r.pruned ? <span className="text-slate-500">{t('recent.pruned')}</span> : null}
                {r.error ? <span className="w-full">{technical(r.error)}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
