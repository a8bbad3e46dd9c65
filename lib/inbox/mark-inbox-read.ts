import 'server-only';
// Marking inbox messages read, for the reader only: a team message read by one member stays
// unread for the others. Only messages in the reader's inbox can be marked; other ids are
// ignored (never an error that would tell whether someone else's message exists). Idempotent.
// Not audited: read state is personal bookkeeping, not a change to shared data.
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { countUnreadForUser } from './count-unread.ts';
import { inboxOwner } from './inbox-owner.ts';
import { inboxWhere } from './inbox-scope.ts';
import type { MarkInboxReadInput, MarkInboxReadOutput } from './schemas.ts';

export async function markInboxRead(db: Db, { actor, input }: { actor: Actor; input: MarkInboxReadInput }): Promise<MarkInboxReadOutput> {
  const userId = inboxOwner(actor);
  const { where } = await inboxWhere(db, userId);
  const unreadMine = await db.notificationMessage.findMany({
    where: { AND: [where, { reads: { none: { userId } } }, ...('ids' in input ? [{ id: { in: input.ids } }] : [])] },
    select: { id: true },
  });
  const { count } = unreadMine.length
    ? await db.notificationRead.createMany({ data: unreadMine.map((m) => ({ messageId: m.id, userId })), skipDuplicates: true })
    : { count: 0 };
  return { marked: count, unread: await countUnreadForUser(db, userId) };
}
