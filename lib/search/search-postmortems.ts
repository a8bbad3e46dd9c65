import 'server-only';
// Published postmortem candidates for search (drafts and postmortems in review have no search
// document: index-postmortem.ts). Same matching and score as incidents (search-incidents.ts);
// status, services and root-cause categories are the incident's.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { bestSnippet } from './highlight.ts';
import type { Candidate } from './merge-results.ts';
import { runPasses, type MatchMode, type PreparedQuery } from './prepared-query.ts';
import { POSTMORTEM_B_SECTIONS } from './documents.ts';

export interface PostmortemCandidate extends Candidate {
  type: 'postmortem';
  incidentId: string;
  number: number;
  title: string;
  severity: string;
  matchedAll: boolean;
}

interface Row {
  id: string;
  incidentId: string;
  number: number;
  title: string;
  severity: string;
  services: string[];
  categories: string[];
  publishedAt: Date | null;
  score: number;
  matchedAll: boolean;
}

export async function postmortemCandidates(db: Db, pq: PreparedQuery, { limit, service }: { limit: number; service?: string | undefined }): Promise<PostmortemCandidate[]> {
  const onService = service
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "IncidentService" xs JOIN "Service" ss ON ss.id = xs."serviceId" WHERE xs."incidentId" = p."incidentId" AND ss.slug = ${service})`
    : Prisma.empty;
  const qAll = Prisma.sql`to_tsquery('simple', ${pq.all})`;
  const qAny = Prisma.sql`to_tsquery('simple', ${pq.any})`;
  const query = (mode: MatchMode) => db.$queryRaw<Row[]>`
    SELECT c.*,
           ARRAY(SELECT s.slug FROM "IncidentService" x JOIN "Service" s ON s.id = x."serviceId" WHERE x."incidentId" = c."incidentId" ORDER BY s.slug) AS services,
           ARRAY(SELECT DISTINCT f.category::text FROM "IncidentFactor" f WHERE f."incidentId" = c."incidentId") AS categories
    FROM (
    SELECT p.id, p."incidentId", i.number, i.title, i.severity::text AS severity, p."publishedAt",
           ( CASE WHEN i.title ILIKE ${pq.like} ESCAPE '\\' THEN 2 ELSE 0 END
           + 2 * ts_rank_cd(p."searchVector", ${qAll}, 32)
           + ts_rank_cd(p."searchVector", ${qAny}, 32)
           + 0.5 * word_similarity(${pq.trigram}, p."searchText") ) AS score,
           p."searchVector" @@ ${qAll} AS "matchedAll"
      FROM "Postmortem" p JOIN "Incident" i ON i.id = p."incidentId"
     WHERE ${mode === 'all' ? Prisma.sql`p."searchVector" @@ ${qAll}` : Prisma.sql`p."searchVector" @@ ${qAny}`}
       AND p.status = 'published' ${onService}
     ORDER BY score DESC, p."publishedAt" DESC, p.id
     LIMIT ${limit}) c
    ORDER BY c.score DESC, c."publishedAt" DESC, c.id`;
  const rows = await runPasses(pq, query);
  return rows.map((r) => ({
    type: 'postmortem' as const,
    id: r.id,
    incidentId: r.incidentId,
    number: r.number,
    title: r.title,
    severity: r.severity,
    status: 'published',
    services: r.services,
    categories: r.categories,
    score: Number(r.score),
    at: r.publishedAt?.getTime() ?? 0,
    matchedAll: r.matchedAll,
  }));
}

/** Snippets of the given postmortems: the section with the most matches, B sections first. */
export async function postmortemSnippets(db: Db, ids: string[], pq: PreparedQuery): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const sections = await db.postmortemSection.findMany({ where: { postmortemId: { in: ids } }, select: { postmortemId: true, key: true, body: true } });
  const out = new Map<string, string>();
  for (const id of ids) {
    const own = sections.filter((s) => s.postmortemId === id);
    const ordered = [...own.filter((s) => POSTMORTEM_B_SECTIONS.has(s.key)), ...own.filter((s) => !POSTMORTEM_B_SECTIONS.has(s.key))];
    out.set(id, bestSnippet(ordered.map((s) => s.body), pq.terms));
  }
  return out;
}
