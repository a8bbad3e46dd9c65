// The headline numbers of a report: counts, shares and rates, each with what it is based on.
import { getFormatter, getTranslations } from 'next-intl/server';
import type { InsightsReport } from '@/lib/insights/schemas';
import { minutes } from './report-datasets';

function Tile({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="break-inside-avoid rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <div className="text-xs text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`${testId}-value`}>{value}</div>
      {hint ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
    </div>
  );
}

export async function StatTiles({ report }: { report: InsightsReport }) {
  const t = await getTranslations('insights.tiles');
  const f = await getFormatter();
  const pct = (v: number | null) => (v === null ? '—' : f.number(v, { style: 'percent', maximumFractionDigits: 1 }));
  const min = (s: number | null) => (s === null ? '—' : t('minutes', { n: minutes(s) ?? 0 }));
  const { summary: s, changes, repeats, actionItems } = report;
  return (
    <div className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <Tile testId="tile-incidents" label={t('incidents')} value={f.number(s.incidents.count)} />
      <Tile testId="tile-ttr" label={t('medianResolve')} value={min(s.timeToResolve.median)} hint={t('basedOn', { n: report.durationCounts.timeToResolve })} />
      <Tile testId="tile-change-caused" label={t('changeCaused')} value={pct(changes.share)} hint={t('changeCausedHint', { n: changes.count, short: changes.shortNotice, unack: changes.unacknowledged })} />
      <Tile testId="tile-repeats" label={t('repeatIncidents')} value={f.number(repeats.repeatIncidents)} hint={t('neverReused', { n: repeats.neverReused })} />
      <Tile testId="tile-action-items" label={t('completion')} value={pct(actionItems.completionRate)} hint={t('completionHint', { done: actionItems.done, total: actionItems.total, overdue: actionItems.overdue })} />
      <Tile testId="tile-time-to-close" label={t('timeToClose')} value={actionItems.timeToClose.median === null ? '—' : t('days', { n: Math.round((actionItems.timeToClose.median / 86_400) * 10) / 10 })} hint={t('timeToCloseHint')} />
    </div>
  );
}
