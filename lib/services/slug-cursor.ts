// Catalogue lists (services, teams) page by slug (unique, stable, readable). The cursor is
// the last slug of the previous page, on the kernel's codec so that clients treat it as opaque.
import { keysetCursor, takePage, type Page } from '../kernel/keyset-cursor.ts';

const codec = keysetCursor({
  fields: [/^[a-z0-9-]{1,100}$/],
  message: 'The cursor is not valid; start again without one.',
  issue: 'Not a cursor returned by this list.',
});

export function encodeSlugCursor(slug: string): string {
  return codec.encode([slug]);
}

/** The slug inside a cursor, or undefined for none; a malformed cursor is a 422 on `cursor`. */
export function decodeSlugCursor(cursor: string | undefined): string | undefined {
  return cursor ? codec.decode(cursor)[0] : undefined;
}

/** Splits a `take: pageTake(limit)` result into the page and the cursor of the next one. */
export function pageOf<T extends { slug: string }>(rows: T[], limit: number): Page<T> {
  return takePage(rows, limit, (last) => encodeSlugCursor(last.slug));
}
