import 'server-only';
// The one way a table's rows become COPY text, shared by the backup and its verification so
// that the same rows always give the same checksum: the listed columns, in primary-key order.
import { Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { qi, type TableInfo } from './catalog.ts';
import { CopyDigest } from './copy-digest.ts';

export function copyOutSql(table: Pick<TableInfo, 'name' | 'columns' | 'primaryKey'>): string {
  const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(qi).join(', ')}` : '';
  return `COPY (SELECT ${table.columns.map(qi).join(', ')} FROM ${qi(table.name)}${order}) TO STDOUT`;
}

/** Streams the table into `sink` (default: nowhere) and returns its row count and sha256. */
export async function digestTable(
  client: pg.ClientBase,
  table: Pick<TableInfo, 'name' | 'columns' | 'primaryKey'>,
  sink?: { transform: Transform; out: Writable },
): Promise<{ rows: number; bytes: number; sha256: string }> {
  const digest = new CopyDigest();
  const source = client.query(copyTo(copyOutSql(table)));
  if (sink) await pipeline(source, digest, sink.transform, sink.out);
  else await pipeline(source, digest, new Writable({ write: (_c, _e, done) => done() }));
  return { rows: digest.rows, bytes: digest.bytes, sha256: digest.digest() };
}
