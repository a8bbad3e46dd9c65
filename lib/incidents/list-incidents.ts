import 'server-only';
// The incident list: filters (status, severity, affected service, declared-at range, drills),
// sort orders and keyset pagination (./incident-cursor.ts). Drills are listed, with their
// badge, unless the caller excludes them; it is metrics that leave them out by default.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { afterCursor, decodeIncidentCursor, encodeIncidentCursor, incidentOrderBy } from './incident-cursor.ts';
import { incidentSummarySelect, toIncidentSummary } from './incident-output.ts';
import type { IncidentListOutput, ListIncidentsQuery } from './schemas.ts';

export async function listIncidents(db: DbTx, { actor, input }: { actor: Actor; input: ListIncidentsQuery }): Promise<IncidentListOutput> {
  requireRole(actor, 'viewer');
  const filters: Prisma.IncidentWhereInput[] = [];
  if (input.status?.length) filters.push({ status: { in: input.status } });
  if (input.severity?.length) filters.push({ severity: { in: input.severity } });
  if (input.drill !== 'include') filters.push({ drill: input.drill === 'only' });
  if (input.from) filters.push({ declaredAt: { gte: new Date(input.from) } });
  if (input.to) filters.push({ declaredAt: { lt: new Date(input.to) } });
  if (input.service) {
    const service = await db.service.findUnique({ where: { slug: input.service }, select: { id: true } });
    if (!service) return { items: [], nextCursor: null };
    filters.push({ services: { some: { serviceId: service.id } } });
  }
  if (input.cursor) filters.push(afterCursor(input.sort, decodeIncidentCursor(input.sort, input.cursor)));

  const rows = await db.incident.findMany({
    where: { AND: filters },
    orderBy: incidentOrderBy(input.sort),
    take: pageTake(input.limit),
    select: { ...incidentSummarySelect, severity: true, declaredAt: true, number: true },
  });
  const page = takePage(rows, input.limit, (last) => encodeIncidentCursor(input.sort, last));
  const now = new Date();
  return { items: page.items.map((r) => toIncidentSummary(r, now)), nextCursor: page.nextCursor };
}
