// Keyset pagination, once for every list. Why: "the next page is the rows after the last row's
// key, in the same order" is stable while rows are added between pages and stays an index
// range scan at any depth, unlike OFFSET. Every list used to carry its own base64url codec,
// its own validation and its own `take: limit + 1` split; this is the one copy.
//
// - keysetCursor({ tag, fields }) is a codec: a cursor is base64url(JSON [tag?, ...values]),
//   opaque to clients. The tag (a list's sort order, or which of a list's cursors it is) is
//   checked, so a cursor made for one listing is refused by another instead of skipping rows.
//   A cursor not made here is an AppError `invalid` (422) naming the query parameter.
// - pageTake(limit) and takePage(rows, limit, cursorOf): ask for one row more than the page,
//   and split it into the page and the next cursor (null on the last page).
import { AppError } from '../errors/app-error.ts';

/** What a cursor field holds: an instant, a UUID, an integer, a string (optionally matching a pattern) or one of a list. */
export type CursorField = 'date' | 'uuid' | 'int' | 'string' | RegExp | readonly string[];

type FieldValue<F> = F extends 'date' ? Date : F extends 'int' ? number : F extends readonly (infer E)[] ? E : string;
export type CursorValues<F extends readonly CursorField[]> = { -readonly [I in keyof F]: FieldValue<F[I]> };

export interface CursorCodec<V> {
  encode(values: V): string;
  decode(cursor: string): V;
}

export interface CursorOptions<F extends readonly CursorField[]> {
  fields: F;
  /** Checked on decode; a cursor with another tag is refused. */
  tag?: string;
  /** The query parameter the cursor arrives in (named by the error). Default `cursor`. */
  param?: string;
  /** The error's message; default says to pass nextCursor from the previous page. */
  message?: string;
  /** The issue's message for the parameter. */
  issue?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readField(field: CursorField, raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (field === 'date') {
    if (typeof raw !== 'string') return { ok: false };
    const d = new Date(raw);
    return Number.isNaN(d.getTime()) ? { ok: false } : { ok: true, value: d };
  }
  if (field === 'int') return Number.isSafeInteger(raw) ? { ok: true, value: raw } : { ok: false };
  if (typeof raw !== 'string') return { ok: false };
  if (field === 'uuid') return UUID.test(raw) ? { ok: true, value: raw } : { ok: false };
  if (field instanceof RegExp) return field.test(raw) ? { ok: true, value: raw } : { ok: false };
  if (field === 'string') return { ok: true, value: raw };
  return (field as readonly string[]).includes(raw) ? { ok: true, value: raw } : { ok: false };
}

/** A codec for cursors of the given fields (see the header). */
export function keysetCursor<const F extends readonly CursorField[]>(opts: CursorOptions<F>): CursorCodec<CursorValues<F>> {
  const param = opts.param ?? 'cursor';
  const invalid = () =>
    new AppError('invalid', opts.message ?? `The ${param} is not valid: pass nextCursor from the previous page.`, {
      issues: [{ path: param, message: opts.issue ?? 'Not a cursor returned by this endpoint.' }],
    });
  const prefix = opts.tag === undefined ? [] : [opts.tag];
  return {
    encode(values) {
      const parts = (values as unknown[]).map((v) => (v instanceof Date ? v.toISOString() : v));
      return Buffer.from(JSON.stringify([...prefix, ...parts]), 'utf8').toString('base64url');
    },
    decode(cursor) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw invalid();
      }
      if (!Array.isArray(parsed) || parsed.length !== prefix.length + opts.fields.length) throw invalid();
      if (opts.tag !== undefined && parsed[0] !== opts.tag) throw invalid();
      return opts.fields.map((field, i) => {
        const read = readField(field, parsed[prefix.length + i]);
        if (!read.ok) throw invalid();
        return read.value;
      }) as CursorValues<F>;
    },
  };
}

/** How many rows to ask for: one more than the page, to know whether another page follows. */
export const pageTake = (limit: number): number => limit + 1;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Splits a `take: pageTake(limit)` result into the page and the cursor of the next one. */
export function takePage<T>(rows: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const items = rows.length > limit ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
