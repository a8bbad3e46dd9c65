import 'server-only';
// Loading an export into an empty instance (`npm run cli -- import FILE`). Records are inserted
// as stored (same ids, same timestamps, so export → import → export gives the same document
// but for its instance fields), in batches, in one transaction: a failure leaves the instance
// empty. What the export leaves out stays out: people have no password (they reset it or sign
// in with SSO), and subscriptions to webhook and chat channels, whose URLs and secrets are not
// in the export, are skipped and counted. Search documents are rebuilt afterwards.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { qi } from '../backup/catalog.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { reindexMissing } from '../search/reindex-missing.ts';
import { collections } from './collections.ts';
import type { ExportEvent } from './read-export.ts';
import { readTableShape, type TableShape } from './table-rows.ts';

export interface ImportResult {
  counts: Record<string, number>;
  skippedSubscriptions: number;
}

const BATCH = 500;

export async function importWorkspace(db: Db, { actor, events, log = () => {} }: { actor: Actor; events: AsyncIterable<ExportEvent>; log?: (m: string) => void }): Promise<ImportResult> {
  requireRole(actor, 'admin');
  const nonEmpty: string[] = [];
  for (const c of collections) {
    const [{ n }] = await db.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM ${qi(c.table)}`);
    if (n > 0) nonEmpty.push(`${c.key} ${n}`);
  }
  if (nonEmpty.length) {
    throw new AppError('conflict', `This instance is not empty (${nonEmpty.slice(0, 6).join(', ')}): import loads a workspace into an empty instance only. Use a new database (DATABASE_URL) or restore a backup instead.`);
  }
  const byKey = new Map(collections.map((c) => [c.key, c]));
  const result = await db.$transaction(async (tx) => {
    const [{ su }] = await tx.$queryRawUnsafe<[{ su: boolean }]>('SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user');
    // Rows as exported, without re-running triggers; the collection order keeps references valid otherwise.
    if (su) await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    const shapes = new Map<string, TableShape>();
    const shape = async (table: string) => {
      let s = shapes.get(table);
      if (!s) shapes.set(table, (s = await readTableShape(tx, table)));
      return s;
    };
    const counts: Record<string, number> = {};
    let skippedSubscriptions = 0;
    const pending: { key: string; rows: Record<string, unknown>[] } = { key: '', rows: [] };
    const flush = async () => {
      if (!pending.rows.length) return;
      const c = byKey.get(pending.key)!;
      if (c.key === 'incidents') {
        const entries = pending.rows.flatMap((i) => (Array.isArray(i.timeline) ? (i.timeline as Record<string, unknown>[]) : []));
        const revisions = entries.flatMap((e) => (Array.isArray(e.revisions) ? (e.revisions as Record<string, unknown>[]) : []));
        await insertRows(tx, await shape('Incident'), pending.rows);
        await insertRows(tx, await shape('TimelineEntry'), entries);
        await insertRows(tx, await shape('TimelineEntryRevision'), revisions);
      } else {
        await insertRows(tx, await shape(c.table), pending.rows);
      }
      counts[pending.key] = (counts[pending.key] ?? 0) + pending.rows.length;
      pending.rows = [];
    };
    for await (const ev of events) {
      if (ev.kind === 'header') continue;
      if (!byKey.has(ev.key)) throw new AppError('invalid', `The export holds a collection "${ev.key}" this Firebreak does not know (is it from a newer version?).`);
      let record = ev.record;
      if (ev.key === 'subscriptions') {
        const restored = restoreSubscription(record);
        if (!restored) {
          skippedSubscriptions++;
          continue;
        }
        record = restored;
      }
      if (pending.key !== ev.key) {
        await flush();
        pending.key = ev.key;
        log(`${ev.key}…`);
      }
      pending.rows.push(record);
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    // The incident number sequence continues after the imported numbers.
    await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Incident"', 'number'), GREATEST((SELECT max(number) FROM "Incident"), 1), (SELECT count(*) > 0 FROM "Incident"))`);
    return { counts, skippedSubscriptions };
  }, { timeout: 6 * 3_600_000, maxWait: 60_000 });
  log('Rebuilding the search documents…');
  await reindexMissing(db, { log });
  return result;
}

// Only channels whose target is in the export come back: email (the address) and inbox.
function restoreSubscription(record: Record<string, unknown>): Record<string, unknown> | null {
  const { channel, ...rest } = record as { channel?: { type?: string; address?: string } } & Record<string, unknown>;
  if (rest.channelType === 'inbox') return { ...rest, channelConfig: {} };
  if (rest.channelType === 'email' && channel?.address) return { ...rest, channelConfig: { address: channel.address } };
  return null;
}

async function insertRows(tx: DbTx, shape: TableShape, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const known = new Set(shape.columns.map((c) => c.name));
  const present = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (known.has(k)) present.add(k);
  const cols = [...present].map(qi).join(', ');
  const data = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => present.has(k))));
  await tx.$executeRawUnsafe(
    `INSERT INTO ${qi(shape.table)} (${cols}) SELECT ${cols} FROM jsonb_populate_recordset(NULL::${qi(shape.table)}, $1::jsonb)`,
    JSON.stringify(data),
  );
}
