// Catalogue lists page by slug (unique, stable, readable). The cursor is the last slug of
// the previous page, base64url-encoded so that clients treat it as opaque.
import { AppError } from '../errors/app-error.ts';

export function encodeSlugCursor(slug: string): string {
  return Buffer.from(slug, 'utf8').toString('base64url');
}

/** The slug inside a cursor, or undefined for none; a malformed cursor is a 422 on `cursor`. */
export function decodeSlugCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const slug = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) {
    throw new AppError('invalid', 'The cursor is not valid; start again without one.', {
      issues: [{ path: 'cursor', message: 'Not a cursor returned by this list.' }],
    });
  }
  return slug;
}

/** Splits a `take: limit + 1` result into the page and the cursor of the next one. */
export function pageOf<T extends { slug: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeSlugCursor(last.slug) : null };
}
