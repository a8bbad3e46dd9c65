import 'server-only';
// Everything /insights and the printable monthly report show, for one period and filter: the
// summary (the API's numbers) plus trends and breakdowns. Queries run in parallel, each one
// scan of the facts' period range.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { durationColumns } from './duration-stats.ts';
import { summarizeIncidents } from './get-insights-summary.ts';
import { actionItemBreakdown } from './report-action-items.ts';
import { factorsByKind, incidentTrend, incidentsByService, incidentsByTeam } from './report-breakdowns.ts';
import { changeBreakdown, repeatIncidents } from './report-changes-repeats.ts';
import { resolveInsightsFilter } from './resolve-filter.ts';
import type { InsightsPageQuery, InsightsReport, TrendInterval } from './schemas.ts';

const DAY_MS = 86_400_000;

/** Weeks for a period up to about four months, months beyond. */
export function defaultInterval(from: Date, to: Date): TrendInterval {
  return to.getTime() - from.getTime() <= 120 * DAY_MS ? 'week' : 'month';
}

export async function getInsightsReport(db: DbTx, { actor, query, now = new Date() }: { actor: Actor; query: InsightsPageQuery; now?: Date }): Promise<InsightsReport> {
  requireRole(actor, 'viewer');
  const filter = await resolveInsightsFilter(db, query, now);
  const interval = query.interval ?? defaultInterval(filter.from, filter.to);
  const [incidents, trend, byService, byTeam, factors, repeats, actionItems, changeCounts] = await Promise.all([
    summarizeIncidents(db, filter),
    incidentTrend(db, filter, interval),
    incidentsByService(db, filter),
    incidentsByTeam(db, filter),
    factorsByKind(db, filter),
    repeatIncidents(db, filter),
    actionItemBreakdown(db, filter, now),
    changeBreakdown(db, filter),
  ]);
  const count = incidents.incidents.count;
  const changes = { ...changeCounts, share: count ? changeCounts.count / count : null };
  const { row, ...summary } = incidents;
  return {
    filter: {
      from: filter.from.toISOString(), to: filter.to.toISOString(), timeZone: filter.timeZone, drills: filter.drills,
      service: query.service ?? null, team: query.team ?? null, severities: filter.severities,
    },
    summary: { ...summary, actionItems: { completionRate: actionItems.completionRate, overdue: actionItems.overdue } },
    durationCounts: Object.fromEntries(durationColumns.map((c) => [c, Number(row[`${c}_n`] ?? 0)])) as InsightsReport['durationCounts'],
    trend: { interval, rows: trend },
    byService,
    byTeam,
    factors,
    changes,
    repeats,
    actionItems,
    alertNoise: null,
  };
}
