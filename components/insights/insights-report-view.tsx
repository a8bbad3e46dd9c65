// The body of /insights and of the printable monthly report: headline numbers, then every
// chart with its table and CSV, then what is not measured yet (alert noise).
import { getTranslations } from 'next-intl/server';
import type { InsightsReport } from '@/lib/insights/schemas';
import { ChartCard } from './chart-card';
import { reportDatasets } from './report-datasets';
import { StatTiles } from './stat-tiles';

export async function InsightsReportView({ report }: { report: InsightsReport }) {
  const [ti, tk, tc, tck] = await Promise.all([
    getTranslations('insights'),
    getTranslations('postmortems.factorKinds'),
    getTranslations('postmortems.factorCategories'),
    getTranslations('changes.kind'),
  ]);
  const datasets = reportDatasets(report, {
    insights: ti as never,
    // SEV1…SEV4 read the same in both languages.
    severity: (k: string) => k,
    kind: tk as never,
    category: tc as never,
    changeKind: tck as never,
  });
  return (
    <div>
      <StatTiles report={report} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 print:block print:space-y-4">
        {datasets.map((d) => (
          <ChartCard key={d.id} dataset={d} note={ti.has(`notes.${d.id}`) ? ti(`notes.${d.id}`) : undefined} />
        ))}
        <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="alert-noise">
          <h2 className="text-base font-semibold">{ti('alertNoise.title')}</h2>
          <p className="mt-2 text-sm text-slate-600">{ti('alertNoise.notYet')}</p>
        </section>
        {report.repeats.neverReusedExamples.length ? (
          <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-base font-semibold">{ti('neverReused.title', { n: report.repeats.neverReused })}</h2>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {report.repeats.neverReusedExamples.map((k) => (
                <li key={k.key}><a className="text-blue-700 underline" href={`/known-issues/${k.key}`}>{k.label}</a></li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
