import 'server-only';
// What a logical backup copies: every ordinary table of the `public` schema (the app's tables
// and `_prisma_migrations`), with the columns COPY can write back (generated columns are
// recomputed by the server, so they are left out), the primary key (rows are copied in key
// order so the same data always gives the same checksum), and the foreign keys (restore loads
// referenced tables first when it cannot switch triggers off). pg-boss's schema is not copied:
// it holds queued jobs, which the worker recreates.
import type pg from 'pg';

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}

export interface SequenceInfo {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export const qi = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; pk: string[] | null }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns,
           (SELECT array_agg(ka.attname::text ORDER BY k.ord)
              FROM pg_constraint pk
              CROSS JOIN LATERAL unnest(pk.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute ka ON ka.attrelid = pk.conrelid AND ka.attnum = k.attnum
             WHERE pk.conrelid = c.oid AND pk.contype = 'p') AS pk
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     GROUP BY c.oid, c.relname
     ORDER BY c.relname`);
  return rows.map((r) => ({ name: r.name, columns: r.columns, primaryKey: r.pk ?? [] }));
}

/** Pairs (table, the table it references) within `public`, self-references left out. */
export async function listForeignKeys(client: pg.ClientBase): Promise<{ table: string; references: string }[]> {
  const { rows } = await client.query<{ table: string; references: string }>(`
    SELECT DISTINCT c.relname AS "table", r.relname AS "references"
      FROM pg_constraint fk
      JOIN pg_class c ON c.oid = fk.conrelid
      JOIN pg_class r ON r.oid = fk.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE fk.contype = 'f' AND n.nspname = 'public' AND c.oid <> r.oid`);
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<SequenceInfo[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  const out: SequenceInfo[] = [];
  for (const { name } of rows) {
    const { rows: s } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${qi(name)}`,
    );
    if (s[0]) out.push({ name, lastValue: s[0].last_value, isCalled: s[0].is_called });
  }
  return out;
}

/** Tables in an order where each comes after the tables it references (cycles: any order). */
export function loadOrder(tables: string[], fks: { table: string; references: string }[]): string[] {
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const fk of fks) if (deps.has(fk.table) && deps.has(fk.references)) deps.get(fk.table)!.add(fk.references);
  const done = new Set<string>();
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (done.has(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const d of [...(deps.get(t) ?? [])].sort()) visit(d);
    visiting.delete(t);
    done.add(t);
    order.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return order;
}
