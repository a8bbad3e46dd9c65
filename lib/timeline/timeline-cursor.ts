// The two cursors of a timeline:
// - the page cursor ("o"): the last entry's place in timeline order (occurredAt, recordedAt, id),
//   for paging through a long timeline;
// - the sync cursor ("s"): the last change seen (changedAt, id), for catching up on everything
//   created, edited or deleted since, after a dropped live connection.
// Both are opaque base64url strings to clients.
import { AppError } from '../errors/app-error.ts';

export interface PageKey { occurredAt: Date; recordedAt: Date; id: string }
export interface SyncKey { changedAt: Date; id: string }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO_ID = '00000000-0000-0000-0000-000000000000';

const encode = (parts: unknown[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

function decode(cursor: string, tag: string, field: string, length: number): unknown[] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = null;
  }
  if (!Array.isArray(v) || v[0] !== tag || v.length !== length || !UUID.test(String(v.at(-1)))) {
    throw new AppError('invalid', `The ${field} is not valid: pass a cursor returned by this endpoint.`, {
      issues: [{ path: field, message: 'Not a cursor returned by this endpoint.' }],
    });
  }
  return v;
}

function date(v: unknown, field: string): Date {
  const d = new Date(typeof v === 'string' ? v : NaN);
  if (Number.isNaN(d.getTime())) throw new AppError('invalid', `The ${field} is not valid.`, { issues: [{ path: field, message: 'Not a cursor returned by this endpoint.' }] });
  return d;
}

export function encodePageCursor(k: PageKey): string {
  return encode(['o', k.occurredAt.toISOString(), k.recordedAt.toISOString(), k.id]);
}

export function decodePageCursor(cursor: string): PageKey {
  const [, o, r, id] = decode(cursor, 'o', 'cursor', 4);
  return { occurredAt: date(o, 'cursor'), recordedAt: date(r, 'cursor'), id: String(id) };
}

export function encodeSyncCursor(k: SyncKey | null): string {
  return encode(['s', (k?.changedAt ?? new Date(0)).toISOString(), k?.id ?? ZERO_ID]);
}

export function decodeSyncCursor(cursor: string): SyncKey {
  const [, c, id] = decode(cursor, 's', 'after', 3);
  return { changedAt: date(c, 'after'), id: String(id) };
}
