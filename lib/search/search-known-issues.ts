import 'server-only';
// Searching the knowledge base (docs/known-issues.md, "Ranking"). Two stages, so that the
// work per query stays bounded on a 100k knowledge base:
//   1. candidates from the weighted tsvector's GIN index: entries with every term (short
//      queries), or with two of the less common terms or one rare term (pasted lines, see
//      ./term-frequency.ts); at most POOL read, the best CANDIDATES by ts_rank kept;
//   2. the full score of those, best first:
//      - an error signature the query contains, or that contains the query (pasted strings);
//      - the query inside the title;
//      - ts_rank_cd over the weights (A title + signatures > B symptoms > C the rest), all
//        terms counting twice as much as any term;
//      - the share of the query's terms the entry has;
//      - trigram similarity of title + signatures, half weight;
//      times a status factor, so an obsolete entry ranks below an equally good active one.
// Short queries whose terms no entry has all of are filled with entries with some; a typed
// query that finds nothing falls back to trigram similarity (a typo ./typo.ts did not fix).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import type { KnownIssueStatus } from '../known-issues/schemas.ts';
import { bestSnippet } from './highlight.ts';
import { normalizeForTrigram, parseQuery, termTsQueries, toTsQuery } from './normalize.ts';
import { ANY_TERM_FROM, likePattern, type PreparedSearchQuery } from './prepared-query.ts';
import { dropCommonTranslations, lexemeFrequencies, selectingTsQuery, termFrequency } from './term-frequency.ts';
import { correctTypos } from './typo.ts';
import type { SearchHit } from './schemas.ts';

export interface SearchKnownIssuesInput {
  q: string;
  service?: string | undefined;
  status?: KnownIssueStatus | undefined;
  limit: number;
  /** The query as search() prepared it (parsed, typo-corrected): not parsed or looked up again. */
  prepared?: PreparedSearchQuery | undefined;
}

interface Row {
  id: string;
  title: string;
  status: KnownIssueStatus;
  symptoms: string;
  errorSignatures: string[];
  workaround: string;
  cause: string;
  resolution: string;
  score: number;
  matchedAll: boolean;
}

const TYPO_THRESHOLD = 0.5;
/** Longer queries are pasted, not typed: no trigram typo fallback (it would compare whole log lines). */
const TYPO_MAX_LENGTH = 40;
/**
 * At most POOL matching entries are read (in table order: reading and ranking every match of
 * a vague query in a 100k knowledge base takes far longer than the latency target), the best
 * CANDIDATES of them by ts_rank get the full score.
 */
const POOL = 600;
const CANDIDATES = 100;
/** A short query's terms that fill a page, alone, when few entries have all of them. */
const FILL_TERM = 0.1;

export async function searchKnownIssues(db: Db, { actor, input }: { actor: Actor; input: SearchKnownIssuesInput }): Promise<SearchHit[]> {
  requireRole(actor, 'viewer');
  const pq = input.prepared;
  const raw = pq?.raw ?? input.q.trim();
  const { terms, frequencies } = pq
    ? { terms: pq.knownIssueTerms, frequencies: pq.knownIssueFrequencies }
    : await (async () => {
        // Not trimmed: a trailing space means the last word is finished (no prefix completion).
        const [parsed, f] = await Promise.all([correctTypos(db, parseQuery(input.q)), lexemeFrequencies(db, 'KnownIssue')]);
        return { terms: dropCommonTranslations(parsed, f), frequencies: f };
      })();
  const all = toTsQuery(terms, 'and');
  const any = toTsQuery(terms, 'or');
  if (!all || !any) return [];
  const trigram = pq?.trigram ?? normalizeForTrigram(raw);
  const like = pq?.like ?? likePattern(raw);

  const filters: Prisma.Sql[] = [];
  if (input.status) filters.push(Prisma.sql`k.status = ${input.status}::"KnownIssueStatus"`);
  if (input.service) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "KnownIssueService" ks JOIN "Service" s ON s.id = ks."serviceId"
                                      WHERE ks."knownIssueId" = k.id AND s.slug = ${input.service})`);
  }
  const where = filters.length ? Prisma.sql`AND ${Prisma.join(filters, ' AND ')}` : Prisma.empty;

  // tsquery parameters (already normalised, quoted lexemes), not to_tsquery() calls: evaluated
  // once per query even under a generic plan, and matched to the GIN index.
  const qAll = Prisma.sql`${all}::tsquery`;
  const qAny = Prisma.sql`${any}::tsquery`;
  // The share of the query's terms an entry has (2 when all): with any term allowed, an entry
  // with all three words of "sessions evicted redis" outranks one that says "evicted" twice.
  const each = termTsQueries(terms);
  const coverage =
    each.length > 1
      ? Prisma.sql`2.0 * (${Prisma.join(each.map((t) => Prisma.sql`(k."searchVector" @@ ${t}::tsquery)::int`), ' + ')}) / ${each.length}`
      : Prisma.sql`0`;
  // Two stages: candidates from the GIN index (at most POOL read, the CANDIDATES best by the
  // cheap ts_rank kept); then the full score (signatures, title, cover density, coverage,
  // trigram similarity) on those only.
  const run = (tx: Prisma.TransactionClient, candidates: Prisma.Sql, allFirst = false) => tx.$queryRaw<Row[]>`
    WITH pool AS MATERIALIZED (
      SELECT k.id, k."searchVector" FROM "KnownIssue" k
       WHERE ${candidates} ${where}
       LIMIT ${POOL}),
    candidate AS MATERIALIZED (
      SELECT id FROM pool ORDER BY ts_rank("searchVector", ${qAny}) DESC LIMIT ${CANDIDATES})
    SELECT k.id, k.title, k.status::text AS status, k.symptoms, k."errorSignatures", k.workaround, k.cause, k.resolution,
           ( CASE WHEN EXISTS (SELECT 1 FROM unnest(k."errorSignatures") sig
                                WHERE sig ILIKE ${like} ESCAPE '\\'
                                   OR ((length(sig) >= 9 OR (length(sig) >= 4 AND sig !~ '^[A-Za-z]+$')) AND ${raw} ILIKE '%' || replace(replace(replace(sig, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'))
                  THEN 4 ELSE 0 END
           + CASE WHEN k.title ILIKE ${like} ESCAPE '\\' THEN 2 ELSE 0 END
           + 2 * ts_rank_cd(k."searchVector", ${qAll}, 32)
           + ts_rank_cd(k."searchVector", ${qAny}, 32)
           + 0.5 * word_similarity(${trigram}, k."searchText")
           + ${coverage}
           ) * CASE k.status WHEN 'active' THEN 1.0 WHEN 'fixed' THEN 0.8 ELSE 0.5 END AS score,
           k."searchVector" @@ ${qAll} AS "matchedAll"
      FROM candidate c JOIN "KnownIssue" k ON k.id = c.id
     ORDER BY ${allFirst ? Prisma.sql`k."searchVector" @@ ${qAll} DESC,` : Prisma.empty} score DESC, k."updatedAt" DESC, k.id
     LIMIT ${input.limit}`;

  // Candidates when not every term is needed (see ./term-frequency.ts for how common a term
  // is): entries with every term; with two of the query's less common terms (up to the six
  // rarest, terms in more than a fifth of the entries never select); or with one rare term
  // ("stockmapper", "orderclient" in a pasted line). Entries with a single common word of a
  // pasted line ("error", 失败) are most of the knowledge base and never the answer.
  const byRarity = terms
    .map((t, i) => ({ q: each[i]!, f: termFrequency(frequencies, t) }))
    .sort((a, b) => a.f - b.f);
  const anyQuery = selectingTsQuery(terms, each, frequencies, any);
  const withAll = Prisma.sql`k."searchVector" @@ ${qAll}`;
  const withAny = Prisma.sql`(k."searchVector" @@ ${qAll} OR k."searchVector" @@ ${anyQuery}::tsquery)`;
  // Short queries whose every term entries lack: each less common term alone.
  const fillQuery = byRarity.filter((x) => x.f <= FILL_TERM).map((x) => x.q).join(' | ') || any;
  const withSome = Prisma.sql`(k."searchVector" @@ ${qAll} OR k."searchVector" @@ ${fillQuery}::tsquery)`;

  // Every pass in one transaction with two local settings, set once: no sequential scan (with
  // the pool's LIMIT the planner otherwise reads the table in order, hoping to find 600
  // matches early: 300 ms instead of 10 for a pasted line), and the trigram threshold of the
  // typo fallback (0.5: one swapped pair of letters in a short word scores 0.56). The
  // settings must be in place before a pass is planned, so they cannot ride in its statement;
  // one transaction costs BEGIN, the settings and COMMIT once per search, and each pass one
  // round trip (a transaction per pass cost four).
  const rows = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`;
      const pass = (candidates: Prisma.Sql, allFirst = false) => run(tx, candidates, allFirst);
      let found = await pass(terms.length >= ANY_TERM_FROM ? withAny : withAll);
      // Fewer entries than asked for have every term ("磁盘满了" against "磁盘写满", "MQ积压" where
      // one entry says MQ): entries with any term fill the rest, below those with all of them.
      if (terms.length > 1 && terms.length < ANY_TERM_FROM && found.filter((r) => r.matchedAll).length < input.limit) {
        found = await pass(withSome, true);
      }
      // Nothing at all, and short enough to be typed: one typo the vocabulary could not correct
      // ("invlaid_token" before any entry said "invalid"): trigram similarity of title + signatures.
      if (found.length === 0 && raw.length <= TYPO_MAX_LENGTH) found = await pass(Prisma.sql`${trigram} <% k."searchText"`);
      return found;
    },
    // Waiting for a connection is part of the search's latency, as it was for each pass.
    { maxWait: 10_000, timeout: 30_000 },
  );

  return rows.map((r) => ({
    type: 'known_issue' as const,
    id: r.id,
    title: r.title,
    status: r.status,
    snippet: bestSnippet([r.symptoms, r.errorSignatures.join(' · '), r.workaround, r.cause, r.resolution], terms),
    score: Math.round(Number(r.score) * 10_000) / 10_000,
  }));
}
