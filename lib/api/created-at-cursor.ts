// Keyset pagination by (createdAt, id), newest first: the cursor of the inbox, the
// subscription list and the delivery log. Opaque to callers (base64url of [createdAt, id]); a
// cursor that was not made here is refused with 422 naming `cursor`.
import { AppError } from '../errors/app-error.ts';

export interface CreatedAtKey {
  createdAt: Date;
  id: string;
}

const invalidCursor = () =>
  new AppError('invalid', 'The cursor is not valid: pass nextCursor from the previous page.', { issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint.' }] });

export function encodeCreatedAtCursor(k: CreatedAtKey): string {
  return Buffer.from(JSON.stringify([k.createdAt.toISOString(), k.id]), 'utf8').toString('base64url');
}

export function decodeCreatedAtCursor(cursor: string): CreatedAtKey {
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
