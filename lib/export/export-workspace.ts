import 'server-only';
// The whole workspace as one JSON document (docs/export.md), streamed: each collection is
// read in primary-key batches and written record by record, one record per line, so 100,000
// incidents export with flat memory and the import can read the file line by line. Admins
// only: it holds every incident and every person's email.
import pkg from '../../package.json' with { type: 'json' };
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { maskChannel, type ChannelType } from '../subscriptions/channels.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, collections } from './collections.ts';
import { readRows, readTableShape } from './table-rows.ts';

/** Receives the document in pieces; awaiting it is the backpressure. */
export type ExportSink = (chunk: string) => Promise<void> | void;

export async function exportWorkspace(db: DbTx, { actor, write, now = new Date(), batch = 200 }: { actor: Actor; write: ExportSink; now?: Date; batch?: number }): Promise<Record<string, number>> {
  requireRole(actor, 'admin');
  const counts: Record<string, number> = {};
  await write(`{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"appVersion":${JSON.stringify(pkg.version)},\n`);
  const entryShape = await readTableShape(db, 'TimelineEntry');
  const revisionShape = await readTableShape(db, 'TimelineEntryRevision');
  for (const [ci, c] of collections.entries()) {
    const shape = await readTableShape(db, c.table, c.omit);
    await write(`${JSON.stringify(c.key)}:[\n`);
    let n = 0;
    for await (const rows of readRows(db, shape, { batch })) {
      if (c.key === 'incidents') await attachTimelines(db, rows, entryShape, revisionShape);
      if (c.key === 'subscriptions') {
        const configs = await db.subscription.findMany({ where: { id: { in: rows.map((r) => r.id as string) } }, select: { id: true, channelConfig: true } });
        const byId = new Map(configs.map((s) => [s.id, s.channelConfig]));
        for (const r of rows) r.channel = maskChannel(r.channelType as ChannelType, byId.get(r.id as string));
      }
      let text = '';
      for (const r of rows) text += `${n++ ? ',\n' : ''}${JSON.stringify(r)}`;
      await write(text);
    }
    counts[c.key] = n;
    await write(`${n ? '\n' : ''}]${ci < collections.length - 1 ? ',' : ''}\n`);
  }
  await write('}\n');
  return counts;
}

// Entries in the timeline's own order (occurredAt, recordedAt, id); revisions oldest first.
async function attachTimelines(
  db: DbTx,
  incidents: Record<string, unknown>[],
  entryShape: Awaited<ReturnType<typeof readTableShape>>,
  revisionShape: Awaited<ReturnType<typeof readTableShape>>,
): Promise<void> {
  const ids = incidents.map((i) => i.id as string);
  const entries: Record<string, unknown>[] = [];
  for await (const rows of readRows(db, entryShape, { batch: 5000, where: { sql: `"incidentId" = ANY($1::uuid[])`, params: [ids] } })) entries.push(...rows);
  const revisions: Record<string, unknown>[] = [];
  if (entries.length) {
    const entryIds = entries.map((e) => e.id as string);
    for await (const rows of readRows(db, revisionShape, { batch: 5000, where: { sql: `"entryId" = ANY($1::uuid[])`, params: [entryIds] } })) revisions.push(...rows);
  }
  const revByEntry = groupBy(revisions, 'entryId');
  for (const list of revByEntry.values()) list.sort((a, b) => String(a.editedAt).localeCompare(String(b.editedAt)) || String(a.id).localeCompare(String(b.id)));
  for (const e of entries) e.revisions = revByEntry.get(e.id as string) ?? [];
  const byIncident = groupBy(entries, 'incidentId');
  for (const list of byIncident.values()) {
    list.sort((a, b) => String(a.occurredAt).localeCompare(String(b.occurredAt)) || String(a.recordedAt).localeCompare(String(b.recordedAt)) || String(a.id).localeCompare(String(b.id)));
  }
  for (const i of incidents) i.timeline = byIncident.get(i.id as string) ?? [];
}

function groupBy(rows: Record<string, unknown>[], key: string): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  for (const r of rows) {
    const k = r[key] as string;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
