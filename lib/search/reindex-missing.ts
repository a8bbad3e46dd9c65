import 'server-only';
// Indexes every row that has no search document yet: rows written before their type was
// searchable (a migration cannot run jieba), or bulk-loaded ones (the benchmark's seed).
// Works in batches, each written atomically, so it can run at start-up, from the CLI
// (`npm run cli -- search:reindex`) or after a seed, and is safe to run twice or to stop.
import type { Db } from '../db/client.ts';
import { incidentDocumentOf, incidentSourceSelect } from './index-incident.ts';
import { indexKnownIssue } from './index-known-issue.ts';
import { postmortemDocumentOf, postmortemSourceSelect } from './index-postmortem.ts';
import { writeSearchDocuments } from './write-documents.ts';

export interface ReindexCounts {
  knownIssues: number;
  incidents: number;
  postmortems: number;
}

async function missingIds(db: Db, table: 'KnownIssue' | 'Incident' | 'Postmortem', batch: number): Promise<string[]> {
  const rows =
    table === 'KnownIssue'
      ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM "KnownIssue" WHERE "searchVector" IS NULL LIMIT ${batch}`
      : table === 'Incident'
        ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Incident" WHERE "searchVector" IS NULL LIMIT ${batch}`
        : await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Postmortem" WHERE "searchVector" IS NULL AND status = 'published' LIMIT ${batch}`;
  return rows.map((r) => r.id);
}

export async function reindexMissing(db: Db, { batch = 500, log }: { batch?: number; log?: (line: string) => void } = {}): Promise<ReindexCounts> {
  const counts: ReindexCounts = { knownIssues: 0, incidents: 0, postmortems: 0 };
  for (let ids = await missingIds(db, 'KnownIssue', batch); ids.length > 0; ids = await missingIds(db, 'KnownIssue', batch)) {
    await db.$transaction(
      async (tx) => {
        for (const id of ids) await indexKnownIssue(tx, id);
      },
      { timeout: 120_000 },
    );
    counts.knownIssues += ids.length;
  }
  for (let ids = await missingIds(db, 'Incident', batch); ids.length > 0; ids = await missingIds(db, 'Incident', batch)) {
    const rows = await db.incident.findMany({ where: { id: { in: ids } }, select: incidentSourceSelect });
    // One UPDATE statement: atomic without an interactive transaction (and its time limit).
    await writeSearchDocuments(db, 'incident', rows.map((r) => ({ id: r.id, doc: incidentDocumentOf(r) })));
    counts.incidents += ids.length;
    log?.(`search: indexed ${counts.incidents} incident(s)`);
  }
  for (let ids = await missingIds(db, 'Postmortem', batch); ids.length > 0; ids = await missingIds(db, 'Postmortem', batch)) {
    const rows = await db.postmortem.findMany({ where: { id: { in: ids } }, select: postmortemSourceSelect });
    await writeSearchDocuments(db, 'postmortem', rows.map((r) => ({ id: r.id, doc: postmortemDocumentOf(r) })));
    counts.postmortems += ids.length;
  }
  return counts;
}
