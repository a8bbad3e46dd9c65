import 'server-only';
// The unread count in the header: one query, cheap enough for every page view and poll. It
// walks the two outbox indexes (recipientUserId, channelType, createdAt) and
// (recipientTeamId, channelType, createdAt), and the NotificationRead primary key
// (userId, messageId) for the anti-join.
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import { inboxOwner } from './inbox-owner.ts';

export async function countUnreadForUser(db: DbTx, userId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "NotificationMessage" m
     WHERE m."channelType" = 'inbox' AND m.status <> 'dead'
       AND (m."recipientUserId" = ${userId}::uuid
            OR m."recipientTeamId" IN (SELECT tm."teamId" FROM "TeamMember" tm WHERE tm."userId" = ${userId}::uuid))
       AND NOT EXISTS (SELECT 1 FROM "NotificationRead" r WHERE r."userId" = ${userId}::uuid AND r."messageId" = m.id)`;
  return rows[0]?.n ?? 0;
}

export function countUnread(db: DbTx, { actor }: { actor: Actor }): Promise<number> {
  return countUnreadForUser(db, inboxOwner(actor));
}
