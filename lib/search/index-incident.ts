import 'server-only';
// Writes an incident's search document inside the transaction of the write that changed its
// text (declare, field update, highlighting a timeline entry), so search never shows a stale
// incident. Also refreshes its published postmortem, which carries the incident's title.
import type { DbTx } from '../db/client.ts';
import { writeSearchDocuments } from './write-documents.ts';
import { incidentDocument, type SearchDocument } from './documents.ts';
import { indexPostmortem } from './index-postmortem.ts';

export const incidentSourceSelect = {
  id: true,
  title: true,
  summary: true,
  impact: true,
  services: { select: { service: { select: { slug: true, name: true } } } },
  timeline: { where: { highlighted: true, deletedAt: null }, select: { body: true }, orderBy: { occurredAt: 'asc' as const }, take: 50 },
} as const;

type IncidentSourceRow = {
  title: string;
  summary: string;
  impact: string;
  services: { service: { slug: string; name: string } }[];
  timeline: { body: string }[];
};

export function incidentDocumentOf(row: IncidentSourceRow): SearchDocument {
  return incidentDocument({
    title: row.title,
    summary: row.summary,
    impact: row.impact,
    highlights: row.timeline.map((t) => t.body),
    services: row.services.flatMap((s) => [s.service.name, s.service.slug]),
  });
}

export async function indexIncident(tx: DbTx, id: string): Promise<void> {
  const row = await tx.incident.findUnique({ where: { id }, select: { ...incidentSourceSelect, postmortem: { select: { id: true, status: true } } } });
  if (!row) return;
  await writeSearchDocuments(tx, 'incident', [{ id, doc: incidentDocumentOf(row) }]);
  if (row.postmortem?.status === 'published') await indexPostmortem(tx, row.postmortem.id);
}
