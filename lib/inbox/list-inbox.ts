import 'server-only';
// A person's inbox, newest first: their own in-app messages and their teams', with their own
// read state, and, for a team message about a change the team was asked to acknowledge,
// whether it has been and whether this reader may do it. Keyset pages on (createdAt, id).
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { countUnreadForUser } from './count-unread.ts';
import { inboxOwner } from './inbox-owner.ts';
import { inboxWhere } from './inbox-scope.ts';
import { toInboxItem } from './inbox-item.ts';
import type { InboxItemOutput, InboxListOutput, ListInboxQuery } from './schemas.ts';

const invalidCursor = () =>
  new AppError('invalid', 'The cursor is not valid: pass nextCursor from the previous page.', { issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint.' }] });

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || typeof v[1] !== 'string' || !/^[0-9a-f-]{36}$/i.test(v[1])) throw invalidCursor();
  const createdAt = new Date(v[0]);
  if (Number.isNaN(createdAt.getTime())) throw invalidCursor();
  return { createdAt, id: v[1] };
}

const encodeCursor = (k: { createdAt: Date; id: string }) => Buffer.from(JSON.stringify([k.createdAt.toISOString(), k.id]), 'utf8').toString('base64url');

export async function listInbox(db: DbTx, { actor, input }: { actor: Actor; input: ListInboxQuery }): Promise<InboxListOutput> {
  const userId = inboxOwner(actor);
  const { where } = await inboxWhere(db, userId);
  const filters: Prisma.NotificationMessageWhereInput[] = [where];
  if (input.unread) filters.push({ reads: { none: { userId } } });
  if (input.cursor) {
    const k = decodeCursor(input.cursor);
    filters.push({ OR: [{ createdAt: { lt: k.createdAt } }, { createdAt: k.createdAt, id: { lt: k.id } }] });
  }
  const rows = await db.notificationMessage.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: {
      id: true, event: true, createdAt: true, reason: true, subjectType: true, subjectId: true, payload: true, recipientTeamId: true,
      recipientTeam: { select: { slug: true, name: true } },
      reads: { where: { userId }, select: { readAt: true } },
    },
  });
  const page = rows.slice(0, input.limit);

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
  const last = page.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null, unread: await countUnreadForUser(db, userId) };
}
