// The page's charts, built from the report in the reader's language: one ChartDataset each, so
// the picture, the table view and the CSV come from the same cells. Durations are in minutes
// (one decimal) in all three.
import type { ChartDataset } from '@/lib/insights/chart-dataset';
import type { InsightsReport } from '@/lib/insights/schemas';
import { factorKinds } from '@/lib/root-causes/schemas';
import { severities } from '@/lib/incidents/schemas';

type T = (key: string, values?: Record<string, string | number>) => string;

export const severityColors: Record<(typeof severities)[number], string> = { SEV1: '#b91c1c', SEV2: '#ea580c', SEV3: '#ca8a04', SEV4: '#64748b' };

export const minutes = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds / 6) / 10);

export function reportDatasets(r: InsightsReport, t: { insights: T; severity: T; kind: T; category: T; changeKind: T }): ChartDataset[] {
  const { insights: ti } = t;
  const bucketLabel = (b: string) => (r.trend.interval === 'month' ? b.slice(0, 7) : b);
  const durations = ['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve'] as const;
  const categories = [...new Set(r.factors.map((f) => f.category))];
  return [
    {
      id: 'trend',
      title: ti(`charts.trend.${r.trend.interval}`),
      columns: [ti(`charts.trend.bucket.${r.trend.interval}`), ...severities.map((s) => t.severity(s))],
      rows: r.trend.rows.map((row) => [bucketLabel(row.bucket), ...severities.map((s) => row.counts[s])]),
      chart: 'stacked',
      colors: severities.map((s) => severityColors[s]),
    },
    {
      id: 'durations',
      title: ti('charts.durations.title'),
      columns: [ti('charts.durations.metric'), ti('charts.durations.mean'), ti('charts.durations.median'), ti('charts.durations.p90')],
      rows: durations.map((d) => {
        const s = r.summary[d];
        return [ti(`metrics.${d}`), minutes(s.mean), minutes(s.median), minutes(s.p90)];
      }),
      chart: 'bar',
    },
    {
      id: 'by-service',
      title: ti('charts.byService'),
      columns: [ti('columns.service'), ti('columns.incidents')],
      rows: r.byService.map((s) => [s.label, s.count]),
      chart: 'bar',
    },
    {
      id: 'by-team',
      title: ti('charts.byTeam'),
      columns: [ti('columns.team'), ti('columns.incidents')],
      rows: r.byTeam.map((s) => [s.label, s.count]),
      chart: 'bar',
    },
    {
      id: 'root-causes',
      title: ti('charts.rootCauses'),
      columns: [ti('columns.category'), ...factorKinds.map((k) => t.kind(k))],
      rows: categories.map((c) => [t.category(c), ...factorKinds.map((k) => r.factors.find((f) => f.kind === k && f.category === c)?.count ?? 0)]),
      chart: 'stacked',
    },
    {
      id: 'change-kinds',
      title: ti('charts.changeKinds'),
      columns: [ti('columns.changeKind'), ti('columns.incidents')],
      rows: r.changes.byKind.map((k) => [t.changeKind(k.key), k.count]),
      chart: 'bar',
    },
    {
      id: 'overdue-by-team',
      title: ti('charts.overdueByTeam'),
      columns: [ti('columns.team'), ti('columns.overdue')],
      rows: r.actionItems.overdueByTeam.map((k) => [k.label || ti('noTeam'), k.count]),
      chart: 'bar',
    },
    {
      id: 'repeat-known-issues',
      title: ti('charts.repeatKnownIssues'),
      columns: [ti('columns.knownIssue'), ti('columns.incidents')],
      rows: r.repeats.knownIssues.map((k) => [k.label, k.count]),
      chart: 'bar',
    },
  ];
}
