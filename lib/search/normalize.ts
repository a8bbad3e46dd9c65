// Text normalisation for search, in the app layer, because PostgreSQL has no Chinese word
// segmentation without C extensions. The same functions prepare what is indexed and what is
// queried, so both sides always agree:
//   - Han text: jieba words (cutForSearch, for word-level matches that rank higher) plus every
//     single character, in order, so that a query word the dictionary lacks still matches as a
//     phrase of characters (过 <-> 期) anywhere inside longer text;
//   - other letters and digits: lower-cased words, English ones Porter-stemmed, so that
//     "timeouts" finds "timeout". Punctuation (including "_" and ":") separates words.
// Every token is made of letters and digits only, so it is safe inside a tsquery literal.
import { stemmer } from 'stemmer';
import { jieba } from './jieba.ts';

const HAN = /\p{Script=Han}/u;
// A run of Han characters, or a run of other letters/digits.
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function runsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUNS) ?? [];
}

function isHan(run: string): boolean {
  return HAN.test(run);
}

/** Lower-cased, and stemmed when it is an English word (digits and mixed tokens kept as is). */
export function normalizeWord(word: string): string {
  const w = word.toLowerCase();
  return /^[a-z]+$/.test(w) && w.length > 2 ? stemmer(w) : w;
}

/** Space-separated tokens to store in a 'simple' tsvector: words first, then single Han characters. */
export function normalizeForIndex(text: string): string {
  const words: string[] = [];
  const chars: string[] = [];
  for (const run of runsOf(text)) {
    if (isHan(run)) {
      for (const w of jieba().cutForSearch(run, true)) if ([...w].length > 1 && isHan(w)) words.push(w);
      chars.push(...run);
    } else {
      words.push(normalizeWord(run));
    }
  }
  return [...words, ...chars].join(' ');
}

/** One thing the query asks for: an English/number word, or a Han word matched as its characters in order. */
export type QueryTerm = { kind: 'word'; lexeme: string; raw: string } | { kind: 'han'; word: string; chars: string[] };

// Grammatical particles people add when typing a sentence ("磁盘满了", "登录不了吗"): never what
// an entry is about, and they would glue onto a neighbouring character as a phrase.
const PARTICLES = new Set(['了', '的', '吗', '呢', '啊', '吧', '呀', '么', '着', '过了']);

/**
 * The words of a Han run of a query. Consecutive single characters are joined again: jieba
 * splits what its dictionary lacks ("务失", a name) into characters, and they must still match
 * in order, as a phrase, not anywhere in the text.
 */
function hanWords(run: string): string[] {
  const out: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles) out.push(singles);
    singles = '';
  };
  for (const w of jieba().cut(run, true)) {
    if (!isHan(w)) continue;
    if (PARTICLES.has(w)) flush();
    else if ([...w].length === 1) singles += w;
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out;
}

export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (key: string, term: QueryTerm) => {
    if (!seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  };
  for (const run of runsOf(q)) {
    if (!isHan(run)) {
      const lexeme = normalizeWord(run);
      add(`w:${lexeme}`, { kind: 'word', lexeme, raw: run });
      continue;
    }
    for (const word of hanWords(run)) add(`h:${word}`, { kind: 'han', word, chars: [...word] });
  }
  return terms;
}

function termQuery(t: QueryTerm): string {
  if (t.kind === 'word') return `'${t.lexeme}'`;
  if (t.chars.length === 1) return `'${t.word}'`;
  return `('${t.word}' | ${t.chars.map((c) => `'${c}'`).join(' <-> ')})`;
}

/**
 * A tsquery (for `to_tsquery('simple', …)`) over the terms: all of them (`and`), or any (`or`,
 * for long pasted lines where no entry has every word). Single Han characters are mostly
 * particles (被, 的): they are left out of `and` when the query has longer terms.
 */
export function toTsQuery(terms: QueryTerm[], mode: 'and' | 'or'): string | null {
  let used = terms;
  if (mode === 'and') {
    const meaningful = terms.filter((t) => t.kind === 'word' || t.chars.length > 1);
    if (meaningful.length > 0) used = meaningful;
  }
  if (used.length === 0) return null;
  return used.map(termQuery).join(mode === 'and' ? ' & ' : ' | ');
}

/** Lower-cased letters and digits separated by single spaces: the text trigram similarity compares. */
export function normalizeForTrigram(text: string): string {
  return runsOf(text).join(' ');
}
