// Insights for everyone signed in: over a period and filters (drills left out by default),
// counts and trends, the four durations, root causes, change-caused incidents, repeats and
// action items. Server-rendered (charts included) from one report query.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { InsightsFilters } from '@/components/insights/insights-filters';
import { InsightsReportView } from '@/components/insights/insights-report-view';
import { readInsightsParams } from '@/components/insights/read-insights-params';
import { buttonClass } from '@/components/ui/button';
import { ErrorBanner, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getInsightsReport } from '@/lib/insights/get-insights-report';
import { insightsPageQuery } from '@/lib/insights/schemas';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insights.page'))('title') };
}

export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('viewer', '/insights');
  const t = await getTranslations('insights');
  const timeZone = await getTimeZone();
  const { form, query } = readInsightsParams(await searchParams, timeZone);
  const db = getDb();
  const parsed = insightsPageQuery.safeParse(query);
  const [services, teams, result] = await Promise.all([
    listServiceOptions(db, { actor }),
    listTeamOptions(db, { actor }),
    parsed.success
      ? getInsightsReport(db, { actor, query: parsed.data }).catch((e: unknown) => {
          if (isAppError(e) && e.code === 'invalid') return { issues: e.issues ?? [] };
          throw e;
        })
      : Promise.resolve({ issues: parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })) }),
  ]);
  const month = form.from.slice(0, 7);
  return (
    <div>
      <PageHeader
        title={t('page.title')}
        description={t('page.description', { timeZone })}
        actions={<Link href={`/insights/report?month=${month}`} className={buttonClass('secondary')}>{t('page.monthlyReport')}</Link>}
      />
      <InsightsFilters form={form} services={services} teams={teams} timeZone={timeZone} />
      {'issues' in result ? (
        <ErrorBanner>
          <ul data-testid="insights-errors">
            {result.issues.map((i) => <li key={i.path}>{t('invalidField', { field: t.has(`filters.${i.path}`) ? t(`filters.${i.path}`) : i.path })}</li>)}
          </ul>
        </ErrorBanner>
      ) : (
        <InsightsReportView report={result} />
      )}
    </div>
  );
}
