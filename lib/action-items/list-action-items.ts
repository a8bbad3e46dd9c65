import 'server-only';
// Action items across all incidents, newest first, filtered (mine, overdue, owner, team of the
// owner, service of the incident, incident, status), with the completion rate of what matches.
// Keyset pagination on (createdAt, id).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { decodeCreatedAtCursor, encodeCreatedAtCursor, olderThan } from '../api/created-at-cursor.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { actionItemSelect, toActionItemOutput, utcToday } from './action-item-output.ts';
import type { ActionItemListOutput, ListActionItemsQuery } from './schemas.ts';

export async function listActionItems(db: DbTx, { actor, query }: { actor: Actor; query: ListActionItemsQuery }): Promise<ActionItemListOutput> {
  requireRole(actor, 'viewer');
  if (query.mine === 'true' && !actor.userId) {
    throw new AppError('invalid', 'mine=true needs a person: API tokens own no action items.', { issues: [{ path: 'mine', message: 'Not available to API tokens.' }] });
  }
  const and: Prisma.ActionItemWhereInput[] = [];
  if (query.mine === 'true') and.push({ ownerUserId: actor.userId });
  if (query.owner) and.push({ ownerUserId: query.owner });
  if (query.team) and.push({ owner: { memberships: { some: { team: { slug: query.team } } } } });
  if (query.service) and.push({ incident: { services: { some: { service: { slug: query.service } } } } });
  if (query.incident) and.push({ incidentId: (await findIncidentId(db, query.incident)).id });
  if (query.overdue === 'true') and.push({ status: { in: ['open', 'in_progress'] }, dueDate: { lt: utcToday() } });
  if (query.overdue === 'false') and.push({ OR: [{ status: { in: ['done', 'wont_do'] } }, { dueDate: null }, { dueDate: { gte: utcToday() } }] });
  const base: Prisma.ActionItemWhereInput = { AND: and };
  const where: Prisma.ActionItemWhereInput = query.status?.length ? { AND: [...and, { status: { in: query.status } }] } : base;

  const after = query.cursor ? decodeCreatedAtCursor(query.cursor) : null;
  const [rows, byStatus] = await Promise.all([
    db.actionItem.findMany({
      where: after ? { AND: [where, olderThan(after)] } : where,
      select: actionItemSelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: pageTake(query.limit),
    }),
    db.actionItem.groupBy({ by: ['status'], where: base, _count: { _all: true } }),
  ]);
  const page = takePage(rows, query.limit, encodeCreatedAtCursor);
  const total = byStatus.reduce((n, g) => n + g._count._all, 0);
  const completed = byStatus.filter((g) => g.status === 'done' || g.status === 'wont_do').reduce((n, g) => n + g._count._all, 0);
  return {
    items: page.items.map((r) => toActionItemOutput(r)),
    nextCursor: page.nextCursor,
    total,
    completionRate: total === 0 ? null : completed / total,
  };
}
