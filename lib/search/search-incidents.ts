import 'server-only';
// Incident candidates for search: the incident's search document (index-incident.ts) with
// all terms (or any, for pasted lines; or when nothing has all of two terms: prepared-query.ts,
// runPasses); misspelt words were corrected from the vocabulary before. Score, comparable with the known-issue score before its type factor
// (merge-results.ts): 2 if the title contains the query + 2 × ts_rank_cd(all) +
// ts_rank_cd(any) + 0.5 × trigram similarity of the title. Drills are left out: they are
// rehearsals, not something that happened.
import type { Db } from '../db/client.ts';
import { bestSnippet } from './highlight.ts';
import type { Candidate } from './merge-results.ts';
import { runPasses, type MatchMode, type PreparedQuery } from './prepared-query.ts';
import { Prisma } from '../db/generated/client.ts';
import { termTsQueries } from './normalize.ts';
import { lexemeFrequencies, selectingTsQuery } from './term-frequency.ts';

/** How many of a pasted line's rare terms select incidents alone (each is one more index lookup). */
const MAX_SELECTING_SINGLES = 6;
/** How many matching incidents (the newest) are scored at most. */
const MAX_MATCHES = 1000;

export interface IncidentCandidate extends Candidate {
  type: 'incident';
  number: number;
  title: string;
  severity: string;
  summary: string;
  impact: string;
  matchedAll: boolean;
}

interface Row {
  id: string;
  number: number;
  title: string;
  summary: string;
  impact: string;
  status: string;
  severity: string;
  services: string[];
  categories: string[];
  declaredAt: Date;
  score: number;
  matchedAll: boolean;
}

export async function incidentCandidates(
  db: Db,
  pq: PreparedQuery,
  { limit, excludeId, service }: { limit: number; excludeId?: string | undefined; service?: string | undefined },
): Promise<IncidentCandidate[]> {
  const qAll = Prisma.sql`to_tsquery('simple', ${pq.all})`;
  const qAny = Prisma.sql`to_tsquery('simple', ${pq.any})`;
  const exclude = Prisma.sql`${excludeId ? Prisma.sql`AND i.id <> ${excludeId}::uuid` : Prisma.empty} ${service ? Prisma.sql`AND EXISTS (SELECT 1 FROM "IncidentService" xs JOIN "Service" ss ON ss.id = xs."serviceId" WHERE xs."incidentId" = i.id AND ss.slug = ${service})` : Prisma.empty}`;
  // Any-term queries (pasted lines) select by their less common terms only, as known issues
  // do (term-frequency.ts): "error" or 失败 alone would select most incidents.
  const selecting = selectingTsQuery(pq.terms, termTsQueries(pq.terms), await lexemeFrequencies(db, 'Incident'), pq.any, MAX_SELECTING_SINGLES);
  const match = (mode: MatchMode) =>
    mode === 'all' ? Prisma.sql`i."searchVector" @@ ${qAll}` : Prisma.sql`(i."searchVector" @@ ${qAll} OR i."searchVector" @@ ${selecting}::tsquery)`;
  // Bounded work per query: a common word ("timeout", 失败) can match a tenth of 100k incidents.
  // Only the newest MAX_MATCHES of the matches are scored (recent incidents are the likelier
  // answer to "have we seen this before?"); the cheap date sort is all that touches the rest.
  const query = (mode: MatchMode) => db.$queryRaw<Row[]>`
    WITH hits AS MATERIALIZED (
      -- Materialized: the matches come from the GIN index. Left to itself the planner may walk
      -- the declaredAt index newest first and test every row (100 ms when nothing matches).
      SELECT i.id, i."declaredAt" FROM "Incident" i
       WHERE ${match(mode)} AND i.drill IS NOT TRUE ${exclude}),
    matched AS (SELECT id FROM hits ORDER BY "declaredAt" DESC LIMIT ${MAX_MATCHES})
    SELECT c.*,
           ARRAY(SELECT s.slug FROM "IncidentService" x JOIN "Service" s ON s.id = x."serviceId" WHERE x."incidentId" = c.id ORDER BY s.slug) AS services,
           ARRAY(SELECT DISTINCT f.category::text FROM "IncidentFactor" f WHERE f."incidentId" = c.id) AS categories
    FROM (
    -- Scored and cut first; services and categories only for the rows kept.
    SELECT i.id, i.number, i.title, i.summary, i.impact, i.status::text AS status, i.severity::text AS severity, i."declaredAt",
           ( CASE WHEN i.title ILIKE ${pq.like} ESCAPE '\\' THEN 2 ELSE 0 END
           + 2 * ts_rank_cd(i."searchVector", ${qAll}, 32)
           + ts_rank_cd(i."searchVector", ${qAny}, 32)
           + 0.5 * word_similarity(${pq.trigram}, i."searchText") ) AS score,
           i."searchVector" @@ ${qAll} AS "matchedAll"
      FROM matched m JOIN "Incident" i ON i.id = m.id
     ORDER BY score DESC, i."declaredAt" DESC, i.id
     LIMIT ${limit}) c
    ORDER BY c.score DESC, c."declaredAt" DESC, c.id`;
  const rows = await runPasses(pq, query);
  return rows.map((r) => ({
    type: 'incident' as const,
    id: r.id,
    number: r.number,
    title: r.title,
    severity: r.severity,
    summary: r.summary,
    impact: r.impact,
    status: r.status,
    services: r.services,
    categories: r.categories,
    score: Number(r.score),
    at: r.declaredAt.getTime(),
    matchedAll: r.matchedAll,
  }));
}

export function incidentSnippet(c: Pick<IncidentCandidate, 'summary' | 'impact' | 'title'>, pq: PreparedQuery): string {
  return bestSnippet([c.summary, c.impact, c.title], pq.terms);
}
