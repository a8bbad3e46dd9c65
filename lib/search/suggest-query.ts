// The tsquery of suggestions while typing: titles only (weight A) and every word a prefix,
// because the last word is usually still being typed ("time" → "timeout"). An English word
// matches either as typed or stemmed ("deploy" is indexed as "deploi"); a Chinese word
// matches as its characters in order, like the full search.
import type { QueryTerm, WordTerm } from './normalize.ts';

function wordPrefix(t: WordTerm): string {
  // One letter as a prefix would expand to thousands of words for little use: matched whole.
  if (t.raw.length < 2) return `'${t.lexeme}':A`;
  return t.raw === t.lexeme ? `'${t.lexeme}':*A` : `('${t.raw}':*A | '${t.lexeme}':*A)`;
}

function termPrefix(t: QueryTerm): string {
  if (t.kind === 'word') return wordPrefix(t);
  // Words joined by - _ . : / ("order-service"): in order, the last one still being typed.
  if (t.kind === 'phrase') return `(${t.words.map((w, i) => (i === t.words.length - 1 ? wordPrefix(w) : `'${w.lexeme}':A`)).join(' <-> ')})`;
  if (t.chars.length === 1) return `'${t.word}':A`;
  return `(${t.chars.map((c) => `'${c}':A`).join(' <-> ')})`;
}

/** null when the query has nothing to match (punctuation only). */
export function toSuggestTsQuery(terms: QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms.map(termPrefix).join(' & ');
}
