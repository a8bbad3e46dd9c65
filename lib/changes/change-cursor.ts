// Keyset pagination for the change list, ordered by (scheduledAt, id): ascending for
// upcoming changes (soonest first), descending otherwise. The cursor carries the order it was
// made for, so a cursor from one listing is refused by another instead of skipping rows.
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';

export type ChangeOrder = 'asc' | 'desc';
interface Key { scheduledAt: Date; id: string }

const invalid = () =>
  new AppError('invalid', 'The cursor is not valid for this listing: pass nextCursor from the previous page.', {
    issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint with the same `when`.' }],
  });

export function encodeChangeCursor(order: ChangeOrder, k: Key): string {
  return Buffer.from(JSON.stringify([order, k.scheduledAt.toISOString(), k.id]), 'utf8').toString('base64url');
}

export function decodeChangeCursor(order: ChangeOrder, cursor: string): Key {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(v) || v.length !== 3 || v[0] !== order || typeof v[1] !== 'string' || typeof v[2] !== 'string') throw invalid();
  const scheduledAt = new Date(v[1]);
  if (Number.isNaN(scheduledAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(v[2])) throw invalid();
  return { scheduledAt, id: v[2] };
}

export function afterChangeCursor(order: ChangeOrder, k: Key): Prisma.ChangeEventWhereInput {
  const op = order === 'asc' ? 'gt' : 'lt';
  return { OR: [{ scheduledAt: { [op]: k.scheduledAt } }, { scheduledAt: k.scheduledAt, id: { [op]: k.id } }] };
}
