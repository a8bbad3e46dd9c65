import 'server-only';
// The report's breakdowns over the selected facts: the trend by week or month (buckets in the
// reader's time zone; ISO weeks start on Monday), incidents by service and by owning team, and
// factors by kind and category.
import type { DbTx } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { severities } from '../incidents/schemas.ts';
import { factsWhere } from './facts-where.ts';
import type { InsightsFilter, InsightsReport, NamedCount, TrendInterval, TrendRow } from './schemas.ts';

const TOP = 15;

export async function incidentTrend(db: DbTx, filter: InsightsFilter, interval: TrendInterval): Promise<TrendRow[]> {
  const unit = Prisma.raw(interval === 'week' ? `'week'` : `'month'`);
  const rows = await db.$queryRaw<{ bucket: string; severity: string; count: number }[]>`
    SELECT to_char(date_trunc(${unit}, (f."declaredAt" AT TIME ZONE 'UTC') AT TIME ZONE ${filter.timeZone}), 'YYYY-MM-DD') AS bucket,
      f.severity::text AS severity, count(*)::int AS count
    FROM "IncidentFact" f WHERE ${factsWhere(filter)}
    GROUP BY 1, 2 ORDER BY 1`;
  const byBucket = new Map<string, TrendRow>();
  for (const r of rows) {
    const row = byBucket.get(r.bucket) ?? { bucket: r.bucket, counts: Object.fromEntries(severities.map((s) => [s, 0])) as TrendRow['counts'] };
    row.counts[r.severity as keyof TrendRow['counts']] = r.count;
    byBucket.set(r.bucket, row);
  }
  return [...byBucket.values()];
}

export function incidentsByService(db: DbTx, filter: InsightsFilter): Promise<NamedCount[]> {
  return db.$queryRaw<NamedCount[]>`
    SELECT s.slug AS key, s.name AS label, count(*)::int AS count
    FROM "IncidentFact" f, unnest(f."serviceIds") sid JOIN "Service" s ON s.id = sid
    WHERE ${factsWhere(filter)}
    GROUP BY s.slug, s.name ORDER BY count DESC, s.name LIMIT ${TOP}`;
}

/** An incident counts once for each team owning one of its services. */
export function incidentsByTeam(db: DbTx, filter: InsightsFilter): Promise<NamedCount[]> {
  return db.$queryRaw<NamedCount[]>`
    SELECT t.slug AS key, t.name AS label, count(DISTINCT f."incidentId")::int AS count
    FROM "IncidentFact" f, unnest(f."serviceIds") sid
    JOIN "Service" s ON s.id = sid JOIN "Team" t ON t.id = s."ownerTeamId"
    WHERE ${factsWhere(filter)}
    GROUP BY t.slug, t.name ORDER BY count DESC, t.name LIMIT ${TOP}`;
}

export async function factorsByKind(db: DbTx, filter: InsightsFilter): Promise<InsightsReport['factors']> {
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT k AS key, count(*)::int AS count FROM "IncidentFact" f, unnest(f."factorKeys") k
    WHERE ${factsWhere(filter)} GROUP BY k ORDER BY count DESC, k`;
  return rows.map((r) => {
    const [kind, category] = r.key.split(':') as [InsightsReport['factors'][number]['kind'], InsightsReport['factors'][number]['category']];
    return { kind, category, count: r.count };
  });
}
