import 'server-only';
// Action items of the selected incidents: completion (done ÷ all but won't do), overdue (open
// or in progress, due before today UTC, as the action-item list says) by the team owning the
// incident's services, and time to close (created → completed, done items only).
import { utcToday } from '../action-items/action-item-output.ts';
import type { DbTx } from '../db/client.ts';
import { factsWhere } from './facts-where.ts';
import type { InsightsFilter, InsightsReport, NamedCount } from './schemas.ts';

type Row = { total: number; done: number; counted: number; overdue: number; mean: number | null; pct: number[] | null };

const whole = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v)));

export async function actionItemBreakdown(db: DbTx, filter: InsightsFilter, now: Date): Promise<InsightsReport['actionItems']> {
  const where = factsWhere(filter);
  const today = utcToday(now);
  const [rows, byTeam] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH items AS (
        SELECT a.status, a."dueDate", extract(epoch FROM (a."completedAt" - a."createdAt"))::float8 AS close
        FROM "ActionItem" a JOIN "IncidentFact" f ON f."incidentId" = a."incidentId" WHERE ${where})
      SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'done')::int AS done,
        count(*) FILTER (WHERE status <> 'wont_do')::int AS counted,
        count(*) FILTER (WHERE status IN ('open', 'in_progress') AND "dueDate" < ${today}::date)::int AS overdue,
        avg(close) FILTER (WHERE status = 'done') AS mean,
        percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY close) FILTER (WHERE status = 'done') AS pct
      FROM items`,
    db.$queryRaw<NamedCount[]>`
      SELECT COALESCE(t.slug, '') AS key, COALESCE(t.name, '') AS label, count(DISTINCT a.id)::int AS count
      FROM "ActionItem" a JOIN "IncidentFact" f ON f."incidentId" = a."incidentId"
      LEFT JOIN LATERAL (
        SELECT DISTINCT tm.slug, tm.name FROM unnest(f."serviceIds") sid
        JOIN "Service" s ON s.id = sid JOIN "Team" tm ON tm.id = s."ownerTeamId") t ON true
      WHERE ${where} AND a.status IN ('open', 'in_progress') AND a."dueDate" < ${today}::date
      GROUP BY 1, 2 ORDER BY count DESC, label LIMIT 15`,
  ]);
  const r = rows[0] ?? { total: 0, done: 0, counted: 0, overdue: 0, mean: null, pct: null };
  return {
    total: r.total,
    done: r.done,
    completionRate: r.counted ? r.done / r.counted : null,
    overdue: r.overdue,
    overdueByTeam: byTeam,
    timeToClose: { mean: whole(r.mean), median: whole(r.pct?.[0]), p90: whole(r.pct?.[1]) },
  };
}
