// A query prepared once for every type's candidate query: its terms, the tsqueries (all terms,
// any term), the trigram text and an ILIKE pattern. Same rules as the known-issue search:
// every term must match below three terms; from three on (pasted lines) any may.
import { normalizeForTrigram, parseQuery, toTsQuery, type QueryTerm } from './normalize.ts';

export const ANY_TERM_FROM = 3;
/** pg_trgm word_similarity threshold for typo matches, set for the query's own transaction. */
export const TYPO_THRESHOLD = 0.5;

export interface PreparedQuery {
  raw: string;
  terms: QueryTerm[];
  all: string;
  any: string;
  trigram: string;
  like: string;
}

export function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function prepareQuery(q: string): PreparedQuery | null {
  const raw = q.trim();
  const terms = parseQuery(raw);
  const all = toTsQuery(terms, 'and');
  const any = toTsQuery(terms, 'or');
  if (!all || !any) return null;
  return { raw, terms, all, any, trigram: normalizeForTrigram(raw), like: likePattern(raw) };
}

/** Which rows a candidate query accepts: every term, any term, or a title within typo distance. */
export type MatchMode = 'all' | 'any' | 'typo';

/**
 * The passes of an incident or postmortem candidate query, cheapest first: all terms (any
 * term from three terms on); any term when nothing has both of two; the title within typo
 * distance only when nothing matched at all — the trigram test reads every row, so it is not
 * paid for when the words themselves match.
 */
export async function runPasses<R extends { matchedAll: boolean }>(pq: PreparedQuery, run: (mode: MatchMode) => Promise<R[]>): Promise<R[]> {
  let rows = await run(pq.terms.length >= ANY_TERM_FROM ? 'any' : 'all');
  if (pq.terms.length > 1 && pq.terms.length < ANY_TERM_FROM && !rows.some((r) => r.matchedAll)) rows = await run('any');
  if (rows.length === 0) rows = await run('typo');
  return rows;
}
