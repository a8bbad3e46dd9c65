// Keyset pagination for the incident list: each sort order has its own key (ending in the
// unique number, so ties never skip or repeat a row), the cursor carries the last row's key,
// and the next page is "rows after that key" in the same order. Stable while incidents are
// declared or edited between pages, and an index range scan at any depth. The codec is the
// kernel's (lib/kernel/keyset-cursor.ts), tagged with the sort order.
import type { Prisma } from '../db/generated/client.ts';
import { keysetCursor, type CursorCodec } from '../kernel/keyset-cursor.ts';
import { severities, type IncidentSort, type Severity } from './schemas.ts';

interface CursorKey {
  declaredAt: Date;
  number: number;
  severity: Severity;
}

export function incidentOrderBy(sort: IncidentSort): Prisma.IncidentOrderByWithRelationInput[] {
  switch (sort) {
    case 'declared_asc': return [{ declaredAt: 'asc' }, { number: 'asc' }];
    case 'severity': return [{ severity: 'asc' }, { declaredAt: 'desc' }, { number: 'desc' }];
    case 'number_desc': return [{ number: 'desc' }];
    case 'number_asc': return [{ number: 'asc' }];
    default: return [{ declaredAt: 'desc' }, { number: 'desc' }];
  }
}

const codecs = new Map<IncidentSort, CursorCodec<[Date, number, Severity]>>();

function codecFor(sort: IncidentSort): CursorCodec<[Date, number, Severity]> {
  let codec = codecs.get(sort);
  if (!codec) {
    codec = keysetCursor({
      tag: sort,
      fields: ['date', 'int', severities],
      message: 'The cursor is not valid for this sort order: pass nextCursor from the previous page.',
      issue: 'Not a cursor returned by this endpoint with the same sort.',
    });
    codecs.set(sort, codec);
  }
  return codec;
}

export function encodeIncidentCursor(sort: IncidentSort, row: CursorKey): string {
  return codecFor(sort).encode([row.declaredAt, row.number, row.severity]);
}

export function decodeIncidentCursor(sort: IncidentSort, cursor: string): CursorKey {
  const [declaredAt, number, severity] = codecFor(sort).decode(cursor);
  return { declaredAt, number, severity };
}

/** Rows strictly after `k` in the order of `sort`. */
export function afterCursor(sort: IncidentSort, k: CursorKey): Prisma.IncidentWhereInput {
  const newerFirst: Prisma.IncidentWhereInput = {
    OR: [{ declaredAt: { lt: k.declaredAt } }, { declaredAt: k.declaredAt, number: { lt: k.number } }],
  };
  switch (sort) {
    case 'declared_asc':
      return { OR: [{ declaredAt: { gt: k.declaredAt } }, { declaredAt: k.declaredAt, number: { gt: k.number } }] };
    case 'severity': {
      // Prisma has no gt on enums: "less severe" is the list of later severities.
      const later = severities.slice(severities.indexOf(k.severity) + 1);
      return { OR: [{ severity: { in: later } }, { AND: [{ severity: k.severity }, newerFirst] }] };
    }
    case 'number_desc': return { number: { lt: k.number } };
    case 'number_asc': return { number: { gt: k.number } };
    default: return newerFirst;
  }
}
