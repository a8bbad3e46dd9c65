// A chart with its table view and CSV download: the picture (server-rendered SVG), a table of
// the very same cells behind a disclosure, and a link to download them as CSV.
import { getLocale, getTranslations } from 'next-intl/server';
import { cellText, csvDataUrl, type ChartDataset } from '@/lib/insights/chart-dataset';
import { renderChartSvg } from './render-chart-svg';

export async function ChartCard({ dataset, note }: { dataset: ChartDataset; note?: string }) {
  const t = await getTranslations('insights.chart');
  const locale = await getLocale();
  const empty = dataset.rows.length === 0;
  return (
    <section className="break-inside-avoid rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={`chart-${dataset.id}`}>
      <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{dataset.title}</h2>
        {empty ? null : (
          <a href={csvDataUrl(dataset)} download={`${dataset.id}.csv`} className="text-sm text-blue-700 underline print:hidden" data-testid="csv-download">
            {t('downloadCsv')}
          </a>
        )}
      </header>
      {note ? <p className="mb-2 text-sm text-slate-600">{note}</p> : null}
      {empty ? (
        <p className="text-sm text-slate-500">{t('noData')}</p>
      ) : (
        <>
          {/* ECharts escapes every text it draws; the data are our own numbers and names. */}
          <div className="max-w-full overflow-hidden" dangerouslySetInnerHTML={{ __html: renderChartSvg(dataset, locale) }} />
          <details className="mt-2" data-testid="table-view">
            <summary className="cursor-pointer text-sm text-slate-700 print:hidden">{t('showTable')}</summary>
            <div className="mt-2 max-w-full overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <thead>
                  <tr>
                    {dataset.columns.map((c) => (
                      <th key={c} scope="col" className="border-b border-slate-200 px-2 py-1 font-medium">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {dataset.rows.map((row, i) => (
                    <tr key={i} className="odd:bg-slate-50">
                      {row.map((cell, j) => (j === 0 ? (
                        <th key={j} scope="row" className="px-2 py-1 font-normal">{cellText(cell)}</th>
                      ) : (
                        <td key={j} className="px-2 py-1 tabular-nums">{cellText(cell)}</td>
                      )))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
