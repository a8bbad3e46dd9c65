// The WHERE clause every insight shares, over "IncidentFact" aliased f: the period (declared
// at, as the incident list and factor counts), drills, severity, service and team (a team
// means the services it owns today).
import { Prisma } from '../db/generated/client.ts';
import type { InsightsFilter } from './schemas.ts';

export function factsWhere(filter: InsightsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`f."declaredAt" >= ${filter.from}`, Prisma.sql`f."declaredAt" < ${filter.to}`];
  if (filter.drills === 'exclude') parts.push(Prisma.sql`f.drill = false`);
  if (filter.drills === 'only') parts.push(Prisma.sql`f.drill = true`);
  if (filter.severities) parts.push(Prisma.sql`f.severity::text = ANY(${filter.severities}::text[])`);
  if (filter.serviceId) parts.push(Prisma.sql`f."serviceIds" @> ARRAY[${filter.serviceId}::uuid]`);
  if (filter.teamId) parts.push(Prisma.sql`f."serviceIds" && ARRAY(SELECT s.id FROM "Service" s WHERE s."ownerTeamId" = ${filter.teamId}::uuid)`);
  return Prisma.join(parts, ' AND ');
}
