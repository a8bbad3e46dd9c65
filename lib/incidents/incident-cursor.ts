// Keyset pagination for the incident list: each sort order has its own key (ending in the
// unique number, so ties never skip or repeat a row), the cursor carries the last row's key,
// and the next page is "rows after that key" in the same order. Stable while incidents are
// declared or edited between pages, and an index range scan at any depth.
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
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

export function encodeIncidentCursor(sort: IncidentSort, row: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, row.declaredAt.toISOString(), row.number, row.severity]), 'utf8').toString('base64url');
}

function invalidCursor(): AppError {
  return new AppError('invalid', 'The cursor is not valid for this sort order: pass nextCursor from the previous page.', {
    issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint with the same sort.' }],
  });
}

export function decodeIncidentCursor(sort: IncidentSort, cursor: string): CursorKey {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(v) || v.length !== 4) throw invalidCursor();
  const [s, d, n, sev] = v as unknown[];
  const declaredAt = new Date(typeof d === 'string' ? d : NaN);
  if (s !== sort || Number.isNaN(declaredAt.getTime()) || !Number.isInteger(n) || !severities.includes(sev as Severity)) throw invalidCursor();
  return { declaredAt, number: n as number, severity: sev as Severity };
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
