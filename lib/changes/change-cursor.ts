// Keyset pagination for the change list, ordered by (scheduledAt, id): ascending for
// upcoming changes (soonest first), descending otherwise. The cursor carries the order it was
// made for (the kernel codec's tag), so a cursor from one listing is refused by another
// instead of skipping rows.
import type { Prisma } from '../db/generated/client.ts';
import { keysetCursor } from '../kernel/keyset-cursor.ts';

export type ChangeOrder = 'asc' | 'desc';
interface Key { scheduledAt: Date; id: string }

const codecs = Object.fromEntries(
  (['asc', 'desc'] as const).map((order) => [
    order,
    keysetCursor({
      tag: order,
      fields: ['date', 'uuid'],
      message: 'The cursor is not valid for this listing: pass nextCursor from the previous page.',
      issue: 'Not a cursor returned by this endpoint with the same `when`.',
    }),
  ]),
) as Record<ChangeOrder, ReturnType<typeof keysetCursor<readonly ['date', 'uuid']>>>;

export function encodeChangeCursor(order: ChangeOrder, k: Key): string {
  return codecs[order].encode([k.scheduledAt, k.id]);
}

export function decodeChangeCursor(order: ChangeOrder, cursor: string): Key {
  const [scheduledAt, id] = codecs[order].decode(cursor);
  return { scheduledAt, id };
}

export function afterChangeCursor(order: ChangeOrder, k: Key): Prisma.ChangeEventWhereInput {
  const op = order === 'asc' ? 'gt' : 'lt';
  return { OR: [{ scheduledAt: { [op]: k.scheduledAt } }, { scheduledAt: k.scheduledAt, id: { [op]: k.id } }] };
}
