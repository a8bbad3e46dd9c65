import 'server-only';
// Typo correction against the vocabulary of the search documents ("SearchTerm"). A query word
// that no document contains ("invlaid", "deadlok", "evcited") is most likely misspelt: it is
// matched as itself OR the most similar word of the vocabulary (trigram similarity ≥ 0.3, the
// pg_trgm default), so "invlaid_token" finds "invalid_token" through the same weighted
// full-text ranking as a correctly typed query, instead of only through the weaker trigram
// similarity of titles. Han text is not corrected (two-character words have no useful
// trigrams; the character phrases already tolerate partial words).
import type { Db, DbTx } from '../db/client.ts';
import { wordTerms, type QueryTerm } from './normalize.ts';

/** A vocabulary word: 4 to 32 Latin letters/digits with at least one letter (not ids or numbers). */
const VOCABULARY_WORD = /^(?=.*[a-z])[a-z0-9]{4,32}$/;

/** The vocabulary words of normalised index text (normalizeForIndex output), sorted and unique. */
export function vocabularyOf(...normalized: string[]): string[] {
  const words = new Set<string>();
  for (const text of normalized) for (const w of text.split(' ')) if (VOCABULARY_WORD.test(w)) words.add(w);
  return [...words].sort();
}

/** Adds words to the vocabulary, in the transaction that indexes the document (sorted, so concurrent writers lock in the same order). */
export async function recordSearchTerms(tx: DbTx, words: string[]): Promise<void> {
  if (words.length === 0) return;
  await tx.$executeRaw`INSERT INTO "SearchTerm" (term) SELECT unnest(${words}::text[]) ORDER BY 1 ON CONFLICT DO NOTHING`;
}

/** Queries with more terms than this are pasted (log lines, not typed): their words are not corrected. */
const TYPED_MAX_TERMS = 5;

/**
 * The query's terms with a correction added to each word the vocabulary lacks (one round trip,
 * only when a word qualifies). Pasted lines are left as they are: their unknown words are ids
 * and class names, and each lookup costs a trigram search.
 */
export async function correctTypos(db: Db, terms: QueryTerm[]): Promise<QueryTerm[]> {
  if (terms.length > TYPED_MAX_TERMS) return terms;
  const candidates = wordTerms(terms).filter((t) => VOCABULARY_WORD.test(t.lexeme));
  if (candidates.length === 0) return terms;
  const rows = await db.$queryRaw<{ word: string; fix: string | null }[]>`
    SELECT q.w AS word,
           (SELECT t.term FROM "SearchTerm" t WHERE t.term % q.w ORDER BY similarity(t.term, q.w) DESC, t.term LIMIT 1) AS fix
      FROM unnest(${candidates.map((t) => t.lexeme)}::text[], ${candidates.map((t) => Boolean(t.prefix))}::boolean[]) AS q(w, prefix)
     WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term = q.w)
       AND NOT (q.prefix AND EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term LIKE q.w || '%'))`;
  const fixes = new Map(rows.flatMap((r) => (r.fix && r.fix !== r.word ? [[r.word, r.fix] as const] : [])));
  if (fixes.size === 0) return terms;
  for (const t of candidates) {
    const fix = fixes.get(t.lexeme);
    if (fix) t.alternatives = [fix];
  }
  return terms;
}
