import 'server-only';
// "Have we seen this before?": known issues (with the workaround, what to do right now) and
// past incidents that match what someone describes, for the declare form while they type and
// for the incident page's panel. The text is searched like a pasted line (any term may match,
// ranked by how many and where: search-known-issues.ts); entries about the same services
// rank higher (SAME_SERVICE_BOOST).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { formatReference } from '../incidents/reference.ts';
import type { KnownIssueStatus } from '../known-issues/schemas.ts';
import { prepareSearchQuery, type PreparedSearchQuery } from './prepared-query.ts';
import type { IncidentSimilarOutput, SimilarKnownIssue, SimilarOutput, SimilarQuery } from './schemas.ts';
import { incidentCandidates, incidentSnippet } from './search-incidents.ts';
import { searchKnownIssues } from './search-known-issues.ts';
import { markdownToText } from '../markdown/markdown-to-text.ts';

const SAME_SERVICE_BOOST = 1.5;
/** Enough text for a good match without making the query slow. */
const MAX_TEXT = 600;
/** How many of the incident's newest timeline entries describe its "latest symptoms". */
const NEWEST_ENTRIES = 3;

async function knownIssueDetails(db: Db, ids: string[]) {
  const rows = await db.knownIssue.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, status: true, workaround: true, services: { select: { service: { select: { slug: true } } } } },
  });
  return new Map(rows.map((r) => [r.id, { ...r, services: r.services.map((s) => s.service.slug).sort() }]));
}

async function similarKnownIssues(
  db: Db,
  actor: Actor,
  { text, prepared, services, limit, exclude = new Set() }: { text: string; prepared?: PreparedSearchQuery; services: string[]; limit: number; exclude?: Set<string> },
): Promise<SimilarKnownIssue[]> {
  const hits = (await searchKnownIssues(db, { actor, input: { q: text, prepared, limit: limit * 4 + exclude.size } })).filter((h) => !exclude.has(h.id));
  if (hits.length === 0) return [];
  const details = await knownIssueDetails(db, hits.map((h) => h.id));
  const wanted = new Set(services);
  return hits
    .flatMap((h) => {
      const d = details.get(h.id);
      if (!d) return [];
      const boost = d.services.some((s) => wanted.has(s)) ? SAME_SERVICE_BOOST : 1;
      return [{ id: h.id, title: h.title, status: d.status as KnownIssueStatus, snippet: h.snippet, workaround: d.workaround, workaroundText: markdownToText(d.workaround), services: d.services, score: Math.round(h.score * boost * 10_000) / 10_000 }];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

export async function findSimilar(db: Db, { actor, input }: { actor: Actor; input: SimilarQuery }): Promise<SimilarOutput> {
  requireRole(actor, 'viewer');
  const text = input.q.slice(0, MAX_TEXT);
  const pq = await prepareSearchQuery(db, text);
  if (!pq) return { knownIssues: [], incidents: [] };
  const [knownIssues, incidents] = await Promise.all([
    similarKnownIssues(db, actor, { text, prepared: pq, services: input.service, limit: input.limit }),
    incidentCandidates(db, pq, { limit: input.limit }),
  ]);
  return {
    knownIssues,
    incidents: incidents.map((c) => ({
      id: c.id, ref: formatReference(c.number), title: c.title, status: c.status, severity: c.severity,
      snippet: incidentSnippet(c, pq), score: Math.round(c.score * 10_000) / 10_000,
    })),
  };
}

/** The incident page's panel: known issues matching the incident's latest symptoms, and the linked ones. */
export async function incidentSimilarKnownIssues(db: Db, { actor, ref, limit = 5 }: { actor: Actor; ref: string; limit?: number }): Promise<IncidentSimilarOutput> {
  requireRole(actor, 'viewer');
  const { id } = await findIncidentId(db, ref);
  const incident = await db.incident.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      summary: true,
      services: { select: { service: { select: { slug: true } } } },
      knownIssues: { select: { knownIssueId: true }, orderBy: { linkedAt: 'desc' } },
      timeline: {
        where: { deletedAt: null, kind: { in: ['note', 'stakeholder_update', 'alert'] } },
        select: { body: true },
        orderBy: [{ occurredAt: 'desc' }, { recordedAt: 'desc' }],
        take: NEWEST_ENTRIES,
      },
    },
  });
  const services = incident.services.map((s) => s.service.slug);
  const linkedIds = incident.knownIssues.map((k) => k.knownIssueId);
  // Newest entries first: when the text is cut, the latest symptoms are what stays.
  const text = [incident.title, ...incident.timeline.map((e) => e.body), incident.summary].join('\n').slice(0, MAX_TEXT);
  const [suggestions, details] = await Promise.all([
    similarKnownIssues(db, actor, { text, services, limit, exclude: new Set(linkedIds) }),
    knownIssueDetails(db, linkedIds),
  ]);
  const linked = linkedIds.flatMap((kid) => {
    const d = details.get(kid);
    return d ? [{ id: d.id, title: d.title, status: d.status as KnownIssueStatus, snippet: '', workaround: d.workaround, workaroundText: markdownToText(d.workaround), services: d.services, score: 0 }] : [];
  });
  return { suggestions, linked };
}
