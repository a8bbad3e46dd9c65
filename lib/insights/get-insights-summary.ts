import 'server-only';
// The insights summary (GET /api/v1/insights/summary): counts, the four durations, root causes,
// change-caused share and action items over the selected incidents. Everything but the action
// items reads the per-incident facts (./facts.ts), so a three-year period is one index range
// over one narrow table.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { severities } from '../incidents/schemas.ts';
import type { FactorCategory } from '../root-causes/schemas.ts';
import { durationColumns, durationStatsOf, durationStatsSql } from './duration-stats.ts';
import { factsWhere } from './facts-where.ts';
import { resolveInsightsFilter } from './resolve-filter.ts';
import type { InsightsFilter, InsightsQuery, InsightsSummary } from './schemas.ts';
import { utcToday } from '../action-items/action-item-output.ts';

type Row = Record<string, unknown>;

export async function summarizeIncidents(db: DbTx, filter: InsightsFilter) {
  const where = factsWhere(filter);
  const [rows, causes] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT count(*)::int AS count,
        ${Prisma.join(severities.map((s) => Prisma.sql`count(*) FILTER (WHERE f.severity::text = ${s})::int AS ${Prisma.raw(`"${s}"`)}`))},
        ${Prisma.join(durationColumns.map(durationStatsSql))},
        count(*) FILTER (WHERE f."changeCaused")::int AS "changeCaused"
      FROM "IncidentFact" f WHERE ${where}`,
    db.$queryRaw<{ category: FactorCategory; count: number }[]>`
      SELECT substr(k, length('root_cause:') + 1) AS category, count(*)::int AS count
      FROM "IncidentFact" f, unnest(f."factorKeys") k
      WHERE ${where} AND k LIKE 'root_cause:%'
      GROUP BY 1 ORDER BY 2 DESC, 1`,
  ]);
  const row = rows[0] ?? {};
  const count = Number(row.count ?? 0);
  const changeCaused = Number(row.changeCaused ?? 0);
  return {
    row,
    incidents: { count, bySeverity: Object.fromEntries(severities.map((s) => [s, Number(row[s] ?? 0)])) as InsightsSummary['incidents']['bySeverity'] },
    timeToResolve: durationStatsOf(row, 'timeToResolve'),
    timeToDetect: durationStatsOf(row, 'timeToDetect'),
    timeToAcknowledge: durationStatsOf(row, 'timeToAcknowledge'),
    timeToMitigate: durationStatsOf(row, 'timeToMitigate'),
    rootCauses: causes,
    changeCaused: { count: changeCaused, share: count ? changeCaused / count : null },
  };
}

export async function summarizeActionItems(db: DbTx, filter: InsightsFilter, now: Date): Promise<InsightsSummary['actionItems']> {
  const rows = await db.$queryRaw<{ done: number; counted: number; overdue: number }[]>`
    SELECT count(*) FILTER (WHERE a.status = 'done')::int AS done,
      count(*) FILTER (WHERE a.status <> 'wont_do')::int AS counted,
      count(*) FILTER (WHERE a.status IN ('open', 'in_progress') AND a."dueDate" < ${utcToday(now)}::date)::int AS overdue
    FROM "ActionItem" a JOIN "IncidentFact" f ON f."incidentId" = a."incidentId"
    WHERE ${factsWhere(filter)}`;
  const r = rows[0] ?? { done: 0, counted: 0, overdue: 0 };
  return { completionRate: r.counted ? r.done / r.counted : null, overdue: r.overdue };
}

export async function getInsightsSummary(db: DbTx, { actor, query, now = new Date() }: { actor: Actor; query: InsightsQuery; now?: Date }): Promise<InsightsSummary> {
  requireRole(actor, 'viewer');
  const filter = await resolveInsightsFilter(db, query, now);
  const [incidents, actionItems] = await Promise.all([summarizeIncidents(db, filter), summarizeActionItems(db, filter, now)]);
  const { row: _row, ...summary } = incidents;
  return { ...summary, actionItems };
}
