import 'server-only';
// CSV downloads of the list pages (incidents, action items, known issues, changes): the list's
// own use case, with the list's own filters and authorization, page after page as the client
// reads (flat memory), written as RFC 4180 CSV with a UTF-8 byte order mark so spreadsheet
// programs read Chinese correctly. Columns are the list item's fields (their API names): a
// nested object becomes its name/slug/reference, a list of them a "; "-joined cell.
import { AppError } from '../errors/app-error.ts';
import type { Page } from '../kernel/keyset-cursor.ts';

export function csvCell(value: unknown): string {
  const s = value == null ? '' : typeof value === 'string' ? value : flatten(value);
  // Cells a spreadsheet would run as a formula are prefixed (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function label(o: Record<string, unknown>): string {
  for (const k of ['reference', 'slug', 'name', 'title', 'label', 'email', 'id']) if (typeof o[k] === 'string') return o[k] as string;
  return JSON.stringify(o);
}

function flatten(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? label(v as Record<string, unknown>) : String(v))).join('; ');
  if (value && typeof value === 'object') return label(value as Record<string, unknown>);
  return String(value);
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The CSV as a stream; the first page is read before answering, so a refusal is a proper error. */
export async function listCsvStream<T extends object>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let page: Page<T> | null = await fetchPage(undefined);
  const columns = page.items[0] ? Object.keys(page.items[0]) : [];
  let started = false;
  let pages = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${columns.length ? csvLine(columns) : ''}`));
        return;
      }
      if (!page) {
        controller.close();
        return;
      }
      const current: Page<T> = page;
      controller.enqueue(encoder.encode(current.items.map((item) => csvLine(columns.map((c) => (item as Record<string, unknown>)[c]))).join('')));
      if (++pages > 100_000) throw new AppError('internal', 'Too many pages.');
      page = current.nextCursor ? await fetchPage(current.nextCursor) : null;
    },
  });
}

export async function csvResponse<T extends object>(name: string, fetchPage: (cursor: string | undefined) => Promise<Page<T>>, now = new Date()): Promise<Response> {
  const stamp = now.toISOString().slice(0, 10);
  return new Response(await listCsvStream(fetchPage), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="firebreak-${name}-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
