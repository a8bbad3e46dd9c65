import 'server-only';
// How common a query term is among the search documents, estimated from PostgreSQL's own
// statistics of the tsvector column: ANALYZE (autovacuum) keeps the most common lexemes and
// the share of rows containing each (pg_stats.most_common_elems / _freqs). A lexeme not in the
// list is rarer than the least common one listed. Read once per table every few minutes.
//
// Search uses it to pick candidates by the query's rare terms: a pasted log line has a dozen
// words ("error", "connection", "2026"…), and entries with any of them are most of a 100k
// knowledge base, too many to rank within the latency target; the rare ones ("stockmapper",
// "deadlock") find the entries that matter.
import type { Db } from '../db/client.ts';
import type { QueryTerm, WordTerm } from './normalize.ts';

export interface Frequencies {
  /** Share of rows (0..1) containing each common lexeme. */
  of: Map<string, number>;
}

const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: Promise<Frequencies> }>();

async function read(db: Db, table: string): Promise<Frequencies> {
  const rows = await db.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs::float8[] AS freqs
      FROM pg_stats WHERE tablename = ${table} AND attname = 'searchVector' AND schemaname = current_schema()`;
  const of = new Map<string, number>();
  const row = rows[0];
  if (row?.elems && row.freqs) row.elems.forEach((lexeme, i) => of.set(lexeme, Number(row.freqs![i] ?? 0)));
  return { of };
}

/** The lexeme frequencies of a table's "searchVector" (cached for a few minutes per process). */
export function lexemeFrequencies(db: Db, table: string): Promise<Frequencies> {
  const hit = cache.get(table);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = read(db, table).catch(() => ({ of: new Map<string, number>() }));
  cache.set(table, { at: Date.now(), value });
  return value;
}

function wordFrequency(f: Frequencies, t: WordTerm): number {
  return Math.max(f.of.get(t.lexeme) ?? 0, ...(t.alternatives ?? []).map((a) => f.of.get(a) ?? 0));
}

/** The estimated share of documents a term matches (0 when rarer than anything the statistics list). */
export function termFrequency(f: Frequencies, t: QueryTerm): number {
  if (t.kind === 'word') return wordFrequency(f, t);
  if (t.kind === 'phrase') return Math.min(...t.words.map((w) => wordFrequency(f, w)));
  // A Han word matches as itself or as its characters in order: no more often than its rarest character.
  return Math.max(f.of.get(t.word) ?? 0, 0) || Math.min(...t.chars.map((c) => f.of.get(c) ?? 0));
}

/** Terms in more than this share of documents never select candidates (they still rank them). */
export const SELECTING_TERM = 0.2;
/** Pairs of the rarest this many terms select candidates of an any-term query… */
export const MAX_PAIRED_TERMS = 6;
/** …and so does a term alone when in at most this share of documents. */
export const RARE_TERM = 0.02;

/**
 * The tsquery that selects candidates when any term may match (pasted lines): documents with
 * two of the query's less common terms (up to the six rarest; terms in more than a fifth of the
 * documents never select), or with one rare term ("stockmapper", "orderclient"). Documents with
 * a single common word of a pasted line ("error", 失败) are most of the table and never the
 * answer. `each` is termTsQueries(terms); `fallback` is used when nothing is left;
 * `maxSingles` bounds the rare terms that select alone (each adds an index lookup).
 */
export function selectingTsQuery(terms: QueryTerm[], each: string[], f: Frequencies, fallback: string, maxSingles = Infinity): string {
  const byRarity = terms.map((t, i) => ({ q: each[i]!, f: termFrequency(f, t) })).sort((a, b) => a.f - b.f);
  const usable = byRarity.filter((x) => x.f <= SELECTING_TERM).slice(0, MAX_PAIRED_TERMS);
  const pairs = usable.flatMap((a, i) => usable.slice(i + 1).map((b) => `(${a.q} & ${b.q})`));
  const rareSingles = byRarity.filter((x) => x.f <= RARE_TERM).slice(0, maxSingles).map((x) => x.q);
  return [...pairs, ...rareSingles].join(' | ') || (byRarity[0]?.q ?? fallback);
}

/** A translation in more than this share of documents is dropped from the query (glossary.ts). */
export const COMMON_TRANSLATION = 0.02;

/**
 * Drops glossary translations that are common words of the table ("connection", "timeout" in
 * an English knowledge base): they would select a large share of it for every Chinese query
 * that mentions them, for little gain. Distinctive translations (扣款 → charge, 死锁 →
 * deadlock) stay. Mutates and returns the terms.
 */
export function dropCommonTranslations(terms: QueryTerm[], ...tables: Frequencies[]): QueryTerm[] {
  const common = (lexeme: string) => tables.some((f) => (f.of.get(lexeme) ?? 0) > COMMON_TRANSLATION);
  for (const t of terms) {
    if (t.kind === 'phrase' || !t.translations?.length) continue;
    const kept = t.translations.filter((x) => !common(x));
    if (kept.length) t.translations = kept;
    else delete t.translations;
  }
  return terms;
}
