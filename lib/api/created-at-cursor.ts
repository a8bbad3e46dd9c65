// Keyset pagination by (createdAt, id), newest first: the cursor of the inbox, the
// subscription list, the delivery log, API tokens, postmortems and action items. Built on the
// kernel's codec (lib/kernel/keyset-cursor.ts); a cursor that was not made here is refused
// with 422 naming `cursor`.
import { keysetCursor } from '../kernel/keyset-cursor.ts';

export interface CreatedAtKey {
  createdAt: Date;
  id: string;
}

const codec = keysetCursor({ fields: ['date', 'uuid'] });

export function encodeCreatedAtCursor(k: CreatedAtKey): string {
  return codec.encode([k.createdAt, k.id]);
}

export function decodeCreatedAtCursor(cursor: string): CreatedAtKey {
  const [createdAt, id] = codec.decode(cursor);
  return { createdAt, id };
}

/** Rows strictly after `k` in (createdAt desc, id desc) order, as a Prisma `where`. */
export function olderThan(k: CreatedAtKey): { OR: [{ createdAt: { lt: Date } }, { createdAt: Date; id: { lt: string } }] } {
  return { OR: [{ createdAt: { lt: k.createdAt } }, { createdAt: k.createdAt, id: { lt: k.id } }] };
}
