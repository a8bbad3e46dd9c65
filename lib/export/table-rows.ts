import 'server-only';
// Reading one table as JSON records in primary-key batches (keyset, so each batch is an index
// range scan and memory stays flat however large the table). Timestamps come out as ISO 8601
// in UTC.
import type { DbTx } from '../db/client.ts';
import { qi } from '../backup/catalog.ts';

export interface TableShape {
  table: string;
  columns: { name: string; type: string }[];
  primaryKey: string[];
}

export async function readTableShape(db: DbTx, table: string, omit: string[] = []): Promise<TableShape> {
  const cols = await db.$queryRawUnsafe<{ name: string; type: string }[]>(
    `SELECT column_name::text AS name, data_type::text AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, table);
  const pk = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT a.attname::text AS name FROM pg_constraint c
       CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.conrelid = $1::regclass AND c.contype = 'p' ORDER BY k.ord`, qi(table));
  return { table, columns: cols.filter((c) => !omit.includes(c.name)), primaryKey: pk.map((p) => p.name) };
}

function selectList(shape: TableShape): string {
  return shape.columns
    .map((c) => (c.type === 'timestamp without time zone'
      ? `to_char(${qi(c.name)}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${qi(c.name)}`
      : qi(c.name)))
    .join(', ');
}

/** Batches of records, in primary-key order; `where` narrows (e.g. to some incidents). */
export async function* readRows(
  db: DbTx,
  shape: TableShape,
  { batch = 1000, where }: { batch?: number; where?: { sql: string; params: unknown[] } } = {},
): AsyncGenerator<Record<string, unknown>[]> {
  const pk = shape.primaryKey.map(qi);
  let last: unknown[] | null = null;
  for (;;) {
    const params: unknown[] = [...(where?.params ?? [])];
    const conds = where ? [where.sql] : [];
    if (last) {
      const marks = last.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      conds.push(`(${pk.join(', ')}) > (${marks.join(', ')})`);
    }
    const sql = `SELECT to_jsonb(t) AS j, ARRAY[${pk.map((k) => `${k}::text`).join(', ')}] AS k
                   FROM (SELECT ${selectList(shape)} FROM ${qi(shape.table)} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
                          ORDER BY ${pk.join(', ')} LIMIT ${batch}) t
                  ORDER BY ${shape.primaryKey.map((k) => `t.${qi(k)}`).join(', ')}`;
    const rows = await db.$queryRawUnsafe<{ j: Record<string, unknown>; k: string[] }[]>(sql, ...params);
    if (!rows.length) return;
    yield rows.map((r) => r.j);
    if (rows.length < batch) return;
    last = rows.at(-1)!.k;
  }
}
