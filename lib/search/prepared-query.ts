// A query prepared once for every type's candidate query: its terms, the tsqueries (all terms,
// any term), the trigram text and an ILIKE pattern. Same rules as the known-issue search:
// every term must match below three terms; from three on (pasted lines) any may. Parsing,
// the typo lookup and the term statistics happen here once per search; the known-issue
// search takes the prepared query (`knownIssueTerms`) instead of doing them again.
import type { Db } from '../db/client.ts';
import { normalizeForTrigram, parseQuery, toTsQuery, type QueryTerm } from './normalize.ts';
import { dropCommonTranslations, lexemeFrequencies, type Frequencies } from './term-frequency.ts';
import { correctTypos } from './typo.ts';

export const ANY_TERM_FROM = 3;

export interface PreparedQuery {
  raw: string;
  terms: QueryTerm[];
  all: string;
  any: string;
  trigram: string;
  like: string;
}

/** A query prepared for every type, with what the known-issue search needs besides. */
export interface PreparedSearchQuery extends PreparedQuery {
  /** The typo-corrected terms with the translations that are rare among known issues. */
  knownIssueTerms: QueryTerm[];
  /** How common lexemes are among known issues (candidate selection). */
  knownIssueFrequencies: Frequencies;
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

/**
 * The query with each misspelt word also matched as its nearest vocabulary word (typo.ts: one
 * indexed lookup), for the incident and postmortem candidates. They have no trigram fallback:
 * a trigram scan over 100k incident texts costs 100 ms or more exactly when nothing matches,
 * which is most queries about a known issue.
 */
export async function prepareSearchQuery(db: Db, q: string): Promise<PreparedSearchQuery | null> {
  const pq = prepareQuery(q);
  if (!pq) return null;
  const [corrected, incidents, knownIssues] = await Promise.all([correctTypos(db, pq.terms), lexemeFrequencies(db, 'Incident'), lexemeFrequencies(db, 'KnownIssue')]);
  // dropCommonTranslations edits the terms it is given: each use gets its own copy. Known
  // issues drop only what is common among known issues; the other types what is common in either.
  const knownIssueTerms = dropCommonTranslations(structuredClone(corrected), knownIssues);
  const terms = dropCommonTranslations(corrected, incidents, knownIssues);
  return { ...pq, terms, all: toTsQuery(terms, 'and') ?? pq.all, any: toTsQuery(terms, 'or') ?? pq.any, knownIssueTerms, knownIssueFrequencies: knownIssues };
}

/** Which rows a candidate query accepts: every term, or any term. */
export type MatchMode = 'all' | 'any';

/**
 * The passes of an incident or postmortem candidate query: all terms (any term from three
 * terms on, for pasted lines); any term when nothing has both of two.
 */
export async function runPasses<R extends { matchedAll: boolean }>(pq: PreparedQuery, run: (mode: MatchMode) => Promise<R[]>): Promise<R[]> {
  let rows = await run(pq.terms.length >= ANY_TERM_FROM ? 'any' : 'all');
  if (pq.terms.length > 1 && pq.terms.length < ANY_TERM_FROM && !rows.some((r) => r.matchedAll)) rows = await run('any');
  return rows;
}
