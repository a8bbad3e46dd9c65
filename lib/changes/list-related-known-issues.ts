import 'server-only';
// "Have we seen this before?" on a change: active known issues of the changed service and of
// the services that depend on it (its blast radius), with their workaround, most recently
// updated first. A small query rather than the known-issues list, which filters one service.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findTransitiveDependents } from '../services/dependency-graph.ts';

export interface RelatedKnownIssue {
  id: string;
  title: string;
  workaround: string;
  services: { slug: string; name: string }[];
}

export async function listRelatedKnownIssues(db: DbTx, { actor, id, limit = 10 }: { actor: Actor; id: string; limit?: number }): Promise<RelatedKnownIssue[]> {
  requireRole(actor, 'viewer');
  const change = await db.changeEvent.findUnique({ where: { id }, select: { serviceId: true } });
  if (!change) throw new AppError('not_found', 'Change not found.');
  const serviceIds = [change.serviceId, ...(await findTransitiveDependents(db, [change.serviceId])).map((d) => d.id)];
  const rows = await db.knownIssue.findMany({
    where: { status: 'active', services: { some: { serviceId: { in: serviceIds } } } },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, title: true, workaround: true, services: { select: { service: { select: { slug: true, name: true } } } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, workaround: r.workaround, services: r.services.map((s) => s.service) }));
}
