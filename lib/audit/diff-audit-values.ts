// A readable diff of an audit entry's before/after snapshots: one row per top-level key that
// was added, removed or changed. Snapshots are small objects of the changed fields; anything
// else (a bare value, an array) is compared as a whole under the key "".

export interface AuditDiffRow {
  key: string;
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffAuditValues(before: unknown, after: unknown): AuditDiffRow[] {
  const b = before ?? null;
  const a = after ?? null;
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) {
    return [{ key: '', kind: b === null ? 'added' : a === null ? 'removed' : same(b, a) ? 'unchanged' : 'changed', before: b, after: a }];
  }
  const br = b ?? {};
  const ar = a ?? {};
  const keys = [...new Set([...Object.keys(br), ...Object.keys(ar)])];
  return keys.map((key) => {
    const inB = Object.hasOwn(br, key);
    const inA = Object.hasOwn(ar, key);
    const kind = !inB ? 'added' : !inA ? 'removed' : same(br[key], ar[key]) ? 'unchanged' : 'changed';
    return { key, kind, before: inB ? br[key] : undefined, after: inA ? ar[key] : undefined };
  });
}

/** A value as one short line for the diff table. */
export function formatAuditValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
