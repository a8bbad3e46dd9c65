import 'server-only';
// "How many incidents had a configuration change as trigger last quarter, for this service?"
// Counts factors per category over incidents declared in [from, to), drills left out, optionally
// for one kind and one service. Both the number of factors and of distinct incidents are given:
// an incident with two configuration-change factors is still one incident.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import type { FactorCategory, FactorCountsOutput, FactorKind } from './schemas.ts';

export interface CountFactorsFilter {
  from: Date;
  to: Date;
  kind?: FactorKind | undefined;
  service?: string | undefined;
}

export async function countFactorsByCategory(db: DbTx, filter: CountFactorsFilter): Promise<FactorCountsOutput> {
  const kind = filter.kind ? Prisma.sql`AND f.kind::text = ${filter.kind}` : Prisma.empty;
  const service = filter.service
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "IncidentService" s JOIN "Service" sv ON sv.id = s."serviceId" WHERE s."incidentId" = i.id AND sv.slug = ${filter.service})`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ category: FactorCategory; factors: number; incidents: number }[]>`
    SELECT f.category::text AS category, count(*)::int AS factors, count(DISTINCT f."incidentId")::int AS incidents
    FROM "IncidentFactor" f
    JOIN "Incident" i ON i.id = f."incidentId"
    WHERE i.drill = false AND i."declaredAt" >= ${filter.from} AND i."declaredAt" < ${filter.to} ${kind} ${service}
    GROUP BY f.category
    ORDER BY incidents DESC, factors DESC, category`;
  return { items: rows };
}

/** The same count behind the API's role check. */
export function countFactors(db: DbTx, { actor, filter }: { actor: Actor; filter: CountFactorsFilter }): Promise<FactorCountsOutput> {
  requireRole(actor, 'viewer');
  return countFactorsByCategory(db, filter);
}
