// The printable monthly report for the review meeting: one calendar month in the reader's time
// zone (?month=2026-11), the same numbers and charts as /insights, laid out for paper.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { InsightsReportView } from '@/components/insights/insights-report-view';
import { PrintButton } from '@/components/insights/print-button';
import { ErrorBanner } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { localDateKey } from '@/lib/changes/calendar-week';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getInsightsReport } from '@/lib/insights/get-insights-report';
import { monthPeriod } from '@/lib/insights/month-period';
import { insightsPageQuery } from '@/lib/insights/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insights.report'))('title') };
}

export default async function MonthlyReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('viewer', '/insights/report');
  const t = await getTranslations('insights');
  const timeZone = await getTimeZone();
  const sp = await searchParams;
  const requested = typeof sp.month === 'string' ? sp.month : '';
  const period = monthPeriod(requested, localDateKey(new Date(), timeZone));
  const drills = typeof sp.drills === 'string' ? sp.drills : 'exclude';
  const parsed = insightsPageQuery.safeParse({ from: period.from, to: period.to, tz: timeZone, drills, interval: 'week' });
  const report = parsed.success
    ? await getInsightsReport(getDb(), { actor, query: parsed.data }).catch((e: unknown) => {
        if (isAppError(e) && e.code === 'invalid') return null;
        throw e;
      })
    : null;
  return (
    <div className="insights-report">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t('report.heading', { month: period.month })}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('report.description', { timeZone, drills: t(`filters.drill.${parsed.success ? parsed.data.drills : 'exclude'}`) })}</p>
        </div>
        <div className="flex gap-2 print:hidden">
          <Link href={`/insights/report?month=${period.previous}`} className="text-sm text-blue-700 underline">{t('report.previous')}</Link>
          <Link href={`/insights/report?month=${period.next}`} className="text-sm text-blue-700 underline">{t('report.next')}</Link>
          <PrintButton />
        </div>
      </div>
      {report ? <InsightsReportView report={report} /> : <ErrorBanner>{t('invalidField', { field: 'drills' })}</ErrorBanner>}
    </div>
  );
}
