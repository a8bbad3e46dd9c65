import 'server-only';
// The audit log for administrators: who did what to which entity, newest first, filtered.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { resolveEntityNames } from './resolve-entity-names.ts';
import type { AuditListOutput, ListAuditQuery } from './schemas.ts';

function whereOf(q: ListAuditQuery): Prisma.AuditLogWhereInput {
  return {
    ...(q.actor ? { actorLabel: { contains: q.actor, mode: 'insensitive' } } : {}),
    ...(q.actorUserId ? { actorUserId: q.actorUserId } : {}),
    ...(q.entityType ? { entityType: q.entityType } : {}),
    ...(q.entityId ? { entityId: q.entityId } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.from || q.to ? { at: { ...(q.from ? { gte: new Date(q.from) } : {}), ...(q.to ? { lt: new Date(q.to) } : {}) } } : {}),
    ...(q.cursor ? { id: { lt: BigInt(q.cursor) } } : {}),
  };
}

export async function listAuditEntries(db: DbTx, { actor, input }: { actor: Actor; input: ListAuditQuery }): Promise<AuditListOutput> {
  requireRole(actor, 'admin');
  const rows = await db.auditLog.findMany({
    where: whereOf(input),
    orderBy: { id: 'desc' },
    take: pageTake(input.limit),
    select: {
      id: true, at: true, actorUserId: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true, requestId: true,
    },
  });
  const page = takePage(rows, input.limit, (last) => last.id.toString());
  const names = await resolveEntityNames(db, page.items);
  return {
    items: page.items.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString(), entity: names.get(`${r.entityType}:${r.entityId}`) ?? null })),
    nextCursor: page.nextCursor,
  };
}
