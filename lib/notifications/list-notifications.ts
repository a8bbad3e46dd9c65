import 'server-only';
// The delivery log: which messages went where and what the receivers answered. An
// administrator sees every message; anyone else the messages to themselves and to the teams
// they belong to. Newest first, keyset-paginated on (createdAt, id).
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { ListNotificationsQuery, NotificationListOutput } from './delivery-schemas.ts';
import { notificationSelect, toNotificationOutput } from './notification-output.ts';
import { decodeCreatedAtCursor, encodeCreatedAtCursor, olderThan } from '../api/created-at-cursor.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';

/** What the actor may see: everything for admins, else their own and their teams' messages. */
export async function visibleNotificationsWhere(db: DbTx, actor: Actor): Promise<Prisma.NotificationMessageWhereInput> {
  if (hasRole(actor, 'admin')) return {};
  if (!actor.userId) return { id: '00000000-0000-0000-0000-000000000000' };
  const teams = await db.teamMember.findMany({ where: { userId: actor.userId }, select: { teamId: true } });
  return { OR: [{ recipientUserId: actor.userId }, { recipientTeamId: { in: teams.map((t) => t.teamId) } }] };
}

/**
 * The team that announced a change (its service's owner team) sees every message to a team
 * about that change, delivered or not: it needs to know who was told. Messages to persons
 * stay private to them.
 */
async function visibleWhereFor(db: DbTx, actor: Actor, input: ListNotificationsQuery): Promise<Prisma.NotificationMessageWhereInput> {
  const own = await visibleNotificationsWhere(db, actor);
  if (input.subjectType !== 'change' || !input.subjectId || hasRole(actor, 'admin') || !actor.userId) return own;
  const change = await db.changeEvent.findUnique({ where: { id: input.subjectId }, select: { announcedById: true, service: { select: { ownerTeamId: true } } } });
  if (!change) return own;
  const announcer = change.announcedById === actor.userId;
  const ownerTeamId = change.service.ownerTeamId;
  const member = ownerTeamId ? await db.teamMember.findUnique({ where: { teamId_userId: { teamId: ownerTeamId, userId: actor.userId } }, select: { userId: true } }) : null;
  if (!announcer && !member) return own;
  return { OR: [own, { subjectType: 'change', subjectId: input.subjectId, recipientTeamId: { not: null } }] };
}

export async function listNotifications(db: DbTx, { actor, input }: { actor: Actor; input: ListNotificationsQuery }): Promise<NotificationListOutput> {
  requireRole(actor, 'viewer');
  const filters: Prisma.NotificationMessageWhereInput[] = [await visibleWhereFor(db, actor, input)];
  if (input.subjectType) filters.push({ subjectType: input.subjectType });
  if (input.subjectId) filters.push({ subjectId: input.subjectId });
  if (input.subscription) filters.push({ subscriptionId: input.subscription });
  if (input.status?.length) filters.push({ status: { in: input.status } });
  if (input.cursor) {
    filters.push(olderThan(decodeCreatedAtCursor(input.cursor)));
  }
  const rows = await db.notificationMessage.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(input.limit),
    select: notificationSelect,
  });
  const page = takePage(rows, input.limit, encodeCreatedAtCursor);
  return { items: page.items.map(toNotificationOutput), nextCursor: page.nextCursor };
}
