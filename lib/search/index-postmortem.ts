import 'server-only';
// Writes a postmortem's search document when it is published, and removes it when it is
// reopened: only published postmortems are searchable (a draft may be wrong, or blame-y,
// until reviewed). Runs inside the transaction of the status change.
import type { DbTx } from '../db/client.ts';
import { writeSearchDocuments } from './write-documents.ts';
import { postmortemDocument, type SearchDocument } from './documents.ts';

export const postmortemSourceSelect = {
  id: true,
  status: true,
  sections: { select: { key: true, body: true } },
  incident: { select: { title: true, services: { select: { service: { select: { slug: true, name: true } } } } } },
} as const;

type PostmortemSourceRow = {
  sections: { key: string; body: string }[];
  incident: { title: string; services: { service: { slug: string; name: string } }[] };
};

export function postmortemDocumentOf(row: PostmortemSourceRow): SearchDocument {
  return postmortemDocument({
    title: row.incident.title,
    sections: row.sections,
    services: row.incident.services.flatMap((s) => [s.service.name, s.service.slug]),
  });
}

/** Indexes the postmortem when it is published; clears its document otherwise. */
export async function indexPostmortem(tx: DbTx, id: string): Promise<void> {
  const row = await tx.postmortem.findUnique({ where: { id }, select: postmortemSourceSelect });
  if (!row) return;
  if (row.status !== 'published') {
    await tx.$executeRaw`UPDATE "Postmortem" SET "searchVector" = NULL, "searchText" = '' WHERE id = ${id}::uuid`;
    return;
  }
  await writeSearchDocuments(tx, 'postmortem', [{ id, doc: postmortemDocumentOf(row) }]);
}
