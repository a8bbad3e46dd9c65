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
