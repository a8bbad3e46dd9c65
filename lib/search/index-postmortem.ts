import 'server-only';
// Writes a postmortem's search document when it is published, and removes it when it is
// reopened: only published postmortems are searchable (a draft may be wrong, or blame-y,
// until reviewed). Runs inside the transaction of the status change.
import type { DbTx } from '../db/client.ts';
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

export async function writePostmortemDocuments(tx: DbTx, docs: { id: string; doc: SearchDocument }[]): Promise<void> {
  if (docs.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Postmortem" p
       SET "searchVector" = setweight(to_tsvector('simple', d.a), 'A')
                         || setweight(to_tsvector('simple', d.b), 'B')
                         || setweight(to_tsvector('simple', d.c), 'C'),
           "searchText" = d.t
      FROM unnest(${docs.map((d) => d.id)}::uuid[], ${docs.map((d) => d.doc.a)}::text[], ${docs.map((d) => d.doc.b)}::text[],
                  ${docs.map((d) => d.doc.c)}::text[], ${docs.map((d) => d.doc.trigram)}::text[]) AS d(id, a, b, c, t)
     WHERE p.id = d.id`;
}

/** Indexes the postmortem when it is published; clears its document otherwise. */
export async function indexPostmortem(tx: DbTx, id: string): Promise<void> {
  const row = await tx.postmortem.findUnique({ where: { id }, select: postmortemSourceSelect });
  if (!row) return;
  if (row.status !== 'published') {
    await tx.$executeRaw`UPDATE "Postmortem" SET "searchVector" = NULL, "searchText" = '' WHERE id = ${id}::uuid`;
    return;
  }
  await writePostmortemDocuments(tx, [{ id, doc: postmortemDocumentOf(row) }]);
}
