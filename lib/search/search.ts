import 'server-only';
// The one search (API, header box, /search page): known issues, incidents and published
// postmortems. Each type brings its best matches for the query, as many as the page could
// need (known issues ranked by search-known-issues.ts); the service filter is applied in SQL,
// so a narrow service is never crowded out by the rest of a large knowledge base.
// merge-results.ts applies the other filters, counts the facets (over those best matches),
// orders by score with a type factor and cuts the page. Snippets are built for the page only.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { mergeResults, type Candidate } from './merge-results.ts';
import { prepareSearchQuery, type PreparedSearchQuery } from './prepared-query.ts';
import type { SearchHit, SearchOutput, SearchQuery } from './schemas.ts';
import { incidentCandidates, incidentSnippet, type IncidentCandidate } from './search-incidents.ts';
import { searchKnownIssues } from './search-known-issues.ts';
import { postmortemCandidates, postmortemSnippets, type PostmortemCandidate } from './search-postmortems.ts';

/** At least this many matches of each type feed the facets, whatever the page size. */
export const MIN_CANDIDATES_PER_TYPE = 20;

type KnownIssueCandidate = Candidate & { type: 'known_issue'; hit: SearchHit };
type AnyCandidate = KnownIssueCandidate | IncidentCandidate | PostmortemCandidate;

async function knownIssueCandidates(db: Db, actor: Actor, pq: PreparedSearchQuery, { limit, service }: { limit: number; service?: string | undefined }): Promise<KnownIssueCandidate[]> {
  const hits = await searchKnownIssues(db, { actor, input: { q: pq.raw, limit, service, prepared: pq } });
  if (hits.length === 0) return [];
  const links = await db.knownIssueService.findMany({ where: { knownIssueId: { in: hits.map((h) => h.id) } }, select: { knownIssueId: true, service: { select: { slug: true } } } });
  const services = new Map<string, string[]>();
  for (const l of links) services.set(l.knownIssueId, [...(services.get(l.knownIssueId) ?? []), l.service.slug]);
  return hits.map((hit) => ({
    type: 'known_issue' as const,
    id: hit.id,
    score: hit.score,
    status: hit.status,
    services: (services.get(hit.id) ?? []).sort(),
    categories: [],
    at: 0,
    hit,
  }));
}

export async function search(db: Db, { actor, input }: { actor: Actor; input: SearchQuery }): Promise<SearchOutput> {
  requireRole(actor, 'viewer');
  const empty: SearchOutput = { items: [], facets: { type: {}, service: {}, status: {}, category: {} }, total: 0, nextCursor: null };
  const pq = await prepareSearchQuery(db, input.q);
  if (!pq) return empty;
  const offset = input.cursor ? Number(input.cursor) : 0;
  const perType = { limit: Math.max(offset + input.limit, MIN_CANDIDATES_PER_TYPE), service: input.service };
  const [known, incidents, postmortems] = await Promise.all([
    knownIssueCandidates(db, actor, pq, perType),
    incidentCandidates(db, pq, perType),
    postmortemCandidates(db, pq, perType),
  ]);
  const candidates: AnyCandidate[] = [...known, ...incidents, ...postmortems];
  const merged = mergeResults(candidates, input, { offset, limit: input.limit });
  const byKey = new Map(candidates.map((c) => [`${c.type}:${c.id}`, c]));
  const page = merged.page.map((m) => byKey.get(`${m.type}:${m.id}`)!);
  const pmSnippets = await postmortemSnippets(db, page.filter((c) => c.type === 'postmortem').map((c) => c.id), pq);

  const items: SearchHit[] = page.map((c, i) => {
    const score = merged.page[i]!.finalScore;
    if (c.type === 'known_issue') return { ...c.hit, score, services: c.services };
    const common = { id: c.id, title: c.title, score, status: c.status, ref: formatReference(c.number), severity: c.severity, services: c.services };
    if (c.type === 'incident') return { type: 'incident', ...common, snippet: incidentSnippet(c, pq) };
    return { type: 'postmortem', ...common, snippet: pmSnippets.get(c.id) ?? '' };
  });
  return { items, facets: merged.facets, total: merged.total, nextCursor: merged.nextOffset === null ? null : String(merged.nextOffset) };
}
