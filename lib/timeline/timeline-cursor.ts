// The two cursors of a timeline, both on the kernel's codec (lib/kernel/keyset-cursor.ts):
// - the page cursor ("o"): the last entry's place in timeline order (occurredAt, recordedAt, id),
//   for paging through a long timeline;
// - the sync cursor ("s"): the last change seen (changedAt, id), for catching up on everything
//   created, edited or deleted since, after a dropped live connection.
// Both are opaque base64url strings to clients; their tags keep one from passing for the other.
import { keysetCursor } from '../kernel/keyset-cursor.ts';

export interface PageKey { occurredAt: Date; recordedAt: Date; id: string }
export interface SyncKey { changedAt: Date; id: string }

const ZERO_ID = '00000000-0000-0000-0000-000000000000';
const notOurs = 'pass a cursor returned by this endpoint.';

const pageCodec = keysetCursor({ tag: 'o', fields: ['date', 'date', 'uuid'], message: `The cursor is not valid: ${notOurs}` });
const syncCodec = keysetCursor({ tag: 's', fields: ['date', 'uuid'], param: 'after', message: `The after is not valid: ${notOurs}` });

export function encodePageCursor(k: PageKey): string {
  return pageCodec.encode([k.occurredAt, k.recordedAt, k.id]);
}

export function decodePageCursor(cursor: string): PageKey {
  const [occurredAt, recordedAt, id] = pageCodec.decode(cursor);
  return { occurredAt, recordedAt, id };
}

export function encodeSyncCursor(k: SyncKey | null): string {
  return syncCodec.encode([k?.changedAt ?? new Date(0), k?.id ?? ZERO_ID]);
}

export function decodeSyncCursor(cursor: string): SyncKey {
  const [changedAt, id] = syncCodec.decode(cursor);
  return { changedAt, id };
}
