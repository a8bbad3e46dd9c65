import 'server-only';
// The change list and calendar: filters (service, owner team, status, scheduled-at range),
// upcoming (from now, soonest first) or recent (before now, latest first), keyset pages.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { afterChangeCursor, decodeChangeCursor, encodeChangeCursor, type ChangeOrder } from './change-cursor.ts';
import { changeSelect, toChangeOutput } from './change-output.ts';
import type { ChangeListOutput, ListChangesQuery } from './schemas.ts';

export async function listChanges(db: DbTx, { actor, input, now = new Date() }: { actor: Actor; input: ListChangesQuery; now?: Date }): Promise<ChangeListOutput> {
  requireRole(actor, 'viewer');
  const order: ChangeOrder = input.when === 'upcoming' ? 'asc' : 'desc';
  const filters: Prisma.ChangeEventWhereInput[] = [];
  if (input.service) filters.push({ service: { slug: input.service } });
  if (input.team) filters.push({ service: { ownerTeam: { slug: input.team } } });
  if (input.status?.length) filters.push({ status: { in: input.status } });
  if (input.from) filters.push({ scheduledAt: { gte: new Date(input.from) } });
  if (input.to) filters.push({ scheduledAt: { lt: new Date(input.to) } });
  if (input.when === 'upcoming') filters.push({ scheduledAt: { gte: now } });
  if (input.when === 'recent') filters.push({ scheduledAt: { lt: now } });
  if (input.cursor) filters.push(afterChangeCursor(order, decodeChangeCursor(order, input.cursor)));

  const rows = await db.changeEvent.findMany({
    where: { AND: filters },
    orderBy: [{ scheduledAt: order }, { id: order }],
    take: pageTake(input.limit),
    select: changeSelect,
  });
  const page = takePage(rows, input.limit, (last) => encodeChangeCursor(order, last));
  return { items: page.items.map(toChangeOutput), nextCursor: page.nextCursor };
}
