import 'server-only';
// A person's inbox, newest first: their own in-app messages and their teams', with their own
// read state, and, for a team message about a change the team was asked to acknowledge,
// whether it has been and whether this reader may do it. Keyset pages on (createdAt, id).
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { countUnreadForUser } from './count-unread.ts';
import { inboxOwner } from './inbox-owner.ts';
import { inboxWhere } from './inbox-scope.ts';
import { toInboxItem } from './inbox-item.ts';
import type { InboxItemOutput, InboxListOutput, ListInboxQuery } from './schemas.ts';
import { decodeCreatedAtCursor, encodeCreatedAtCursor, olderThan } from '../api/created-at-cursor.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';

export async function listInbox(db: DbTx, { actor, input }: { actor: Actor; input: ListInboxQuery }): Promise<InboxListOutput> {
  const userId = inboxOwner(actor);
  const { where } = await inboxWhere(db, userId);
  const filters: Prisma.NotificationMessageWhereInput[] = [where];
  if (input.unread) filters.push({ reads: { none: { userId } } });
  if (input.cursor) {
    filters.push(olderThan(decodeCreatedAtCursor(input.cursor)));
  }
  const rows = await db.notificationMessage.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(input.limit),
    select: {
      id: true, event: true, createdAt: true, reason: true, subjectType: true, subjectId: true, payload: true, recipientTeamId: true,
      recipientTeam: { select: { slug: true, name: true } },
      reads: { where: { userId }, select: { readAt: true } },
    },
  });
  const { items: page, nextCursor } = takePage(rows, input.limit, encodeCreatedAtCursor);

  // Acknowledgement state of the team messages about changes on this page: one query.
  const pairs = page.filter((r) => r.subjectType === 'change' && r.recipientTeamId && /^[0-9a-f-]{36}$/i.test(r.subjectId));
  const acks = pairs.length
    ? await db.changeAcknowledgement.findMany({
        where: { OR: pairs.map((r) => ({ changeId: r.subjectId, teamId: r.recipientTeamId! })) },
        select: { changeId: true, teamId: true, acknowledgedAt: true },
      })
    : [];
  const ackOf = new Map(acks.map((a) => [`${a.changeId}|${a.teamId}`, a]));
  // Reading the inbox proves membership of the team; acknowledging also needs responder.
  const mayAcknowledge = hasRole(actor, 'responder');

  const items = page.map((r) => {
    const ack = r.recipientTeamId ? ackOf.get(`${r.subjectId}|${r.recipientTeamId}`) : undefined;
    const acknowledgement: InboxItemOutput['acknowledgement'] =
      ack && r.recipientTeam ? { team: r.recipientTeam, acknowledgedAt: ack.acknowledgedAt?.toISOString() ?? null, canAcknowledge: mayAcknowledge && !ack.acknowledgedAt } : null;
    return toInboxItem(r, { read: r.reads.length > 0, acknowledgement });
  });
  return { items, nextCursor, unread: await countUnreadForUser(db, userId) };
}
