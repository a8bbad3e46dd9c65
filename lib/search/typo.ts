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
import { PINYIN_QUERY_WORD } from './pinyin.ts';

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

/** Adds (pinyin key, Han word) pairs (./pinyin.ts) in the transaction that indexes the document. */
export async function recordPinyin(tx: DbTx, pairs: { keys: string[]; words: string[] }): Promise<void> {
  if (pairs.keys.length === 0) return;
  await tx.$executeRaw`INSERT INTO "SearchPinyin" (key, word) SELECT * FROM unnest(${pairs.keys}::text[], ${pairs.words}::text[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING`;
}

/** A pinyin key matches at most this many Han words (initials are ambiguous: cs → 超时, 测试…). */
const MAX_PINYIN_WORDS = 3;

/** Queries with more terms than this are pasted (log lines, not typed): their words are not corrected. */
const TYPED_MAX_TERMS = 5;

/**
 * The query's terms with a correction added to each word the vocabulary lacks, and the Han
 * words it spells when it is pinyin (./pinyin.ts: "chaoshi" → 超时), in one round trip, only
 * when a word qualifies. A word the English vocabulary has is English, not pinyin; a word that
 * spells Han words is pinyin, not a typo. Pasted lines are left as they are: their unknown
 * words are ids and class names, and each lookup costs a trigram search.
 */
export async function correctTypos(db: Db, terms: QueryTerm[]): Promise<QueryTerm[]> {
  if (terms.length > TYPED_MAX_TERMS) return terms;
  const candidates = wordTerms(terms).filter((t) => VOCABULARY_WORD.test(t.lexeme) || PINYIN_QUERY_WORD.test(t.raw));
  if (candidates.length === 0) return terms;
  const rows = await db.$queryRaw<{ word: string; fix: string | null; han: string[] }[]>`
    SELECT q.w AS word, h.han,
           CASE WHEN q.typo AND cardinality(h.han) = 0
                 AND NOT (q.prefix AND EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term LIKE q.w || '%'))
                THEN (SELECT t.term FROM "SearchTerm" t WHERE t.term % q.w ORDER BY similarity(t.term, q.w) DESC, t.term LIMIT 1) END AS fix
      FROM unnest(${candidates.map((t) => t.lexeme)}::text[], ${candidates.map((t) => Boolean(t.prefix))}::boolean[],
                  ${candidates.map((t) => t.raw)}::text[], ${candidates.map((t) => VOCABULARY_WORD.test(t.lexeme))}::boolean[]) AS q(w, prefix, raw, typo)
     CROSS JOIN LATERAL (SELECT ARRAY(SELECT p.word FROM "SearchPinyin" p WHERE p.key = q.raw
                                       ORDER BY length(p.word) DESC, p.word LIMIT ${MAX_PINYIN_WORDS}) AS han) h
     WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term = q.w)`;
  const byWord = new Map(rows.map((r) => [r.word, r] as const));
  for (const t of candidates) {
    const row = byWord.get(t.lexeme);
    if (!row) continue;
    if (row.fix && row.fix !== row.word) t.alternatives = [row.fix];
    if (row.han.length) t.translations = [...new Set([...(t.translations ?? []), ...row.han])];
  }
  return terms;
}
