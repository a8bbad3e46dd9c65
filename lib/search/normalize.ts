// Text normalisation for search, in the app layer, because PostgreSQL has no Chinese word
// segmentation without C extensions. The same functions prepare what is indexed and what is
// queried, so both sides always agree:
//   - Han text: jieba words (cutForSearch, for word-level matches that rank higher) plus every
//     single character, in order, so that a query word the dictionary lacks still matches as a
//     phrase of characters (过 <-> 期) anywhere inside longer text;
//   - other letters and digits: lower-cased words, English ones Porter-stemmed, so that
//     "timeouts" finds "timeout". Punctuation (including "_" and ":") separates words.
// Every token is made of letters and digits only, so it is safe inside a tsquery literal.
import { chineseFor, englishFor } from './glossary.ts';
import { jieba } from './jieba.ts';
import { normalizeWord } from './normalize-word.ts';

export { normalizeWord };

const HAN = /\p{Script=Han}/u;
// A run of Han characters, or a run of other letters/digits.
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function runsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUNS) ?? [];
}

function isHan(run: string): boolean {
  return HAN.test(run);
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

/**
 * One thing the query asks for:
 *   - word: an English/number word; `prefix` for the last word typed (still being typed:
 *     "crashloop" finds "CrashLoopBackOff"); `alternatives`: the corrections of a misspelt word
 *     (lib/search/typo.ts), matched as well as the word itself;
 *   - phrase: words written joined by - _ . : / ("order-service", "invalid_token",
 *     "java.net.SocketException", "ORA-01555"), matched in order, as they were written;
 *   - han: a Han word, matched as itself or as its characters in order.
 */
export type QueryTerm =
  | { kind: 'word'; lexeme: string; raw: string; prefix?: boolean; alternatives?: string[]; translations?: string[] }
  | { kind: 'phrase'; words: Extract<QueryTerm, { kind: 'word' }>[]; raw: string }
  | { kind: 'han'; word: string; chars: string[]; translations?: string[] };
export type WordTerm = Extract<QueryTerm, { kind: 'word' }>;

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

// A query chunk: a run of Han characters, or Latin/digit words joined by single connectors
// without spaces ("order-service", "c.x.StockMapper", "invalid_token").
const CHUNKS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[-_.:/](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;
/** Words shorter than this are not completed as prefixes (too many words start with "ab"). */
const PREFIX_MIN_LENGTH = 3;

// English function words people type in sentences ("dns failing in pods"): matching them ranks
// entries by how often they say "in". Left out of queries (kept in the index, and in phrases),
// unless the query has nothing else.
const STOP_WORDS = new Set(
  'a an and are as at be but by can for from has have in into is it its no not of on or our so than that the then there these this to was we were when where which while will with'.split(' '),
);

export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (key: string, term: QueryTerm) => {
    if (!seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  };
  for (const chunk of q.normalize('NFKC').toLowerCase().match(CHUNKS) ?? []) {
    if (isHan(chunk)) {
      for (const word of hanWords(chunk)) {
        const translations = englishFor(word);
        add(`h:${word}`, { kind: 'han', word, chars: [...word], ...(translations.length ? { translations } : {}) });
      }
      continue;
    }
    const words = runsOf(chunk).map((run): WordTerm => ({ kind: 'word', lexeme: normalizeWord(run), raw: run }));
    if (words.length === 1) {
      const translations = chineseFor(words[0]!.lexeme);
      if (translations.length) words[0]!.translations = translations;
      add(`w:${words[0]!.lexeme}`, words[0]!);
    }
    else add(`p:${words.map((w) => w.lexeme).join(' ')}`, { kind: 'phrase', words, raw: chunk });
  }
  const meaningful = terms.filter((t) => t.kind !== 'word' || !STOP_WORDS.has(t.raw));
  if (meaningful.length > 0 && meaningful.length < terms.length) terms.splice(0, terms.length, ...meaningful);
  // The last word is completed as a prefix: people search while they type.
  const last = terms.at(-1);
  if (last?.kind === 'word' && /\p{L}/u.test(last.lexeme) && last.lexeme.length >= PREFIX_MIN_LENGTH && !/[\s\p{P}]$/u.test(q)) last.prefix = true;
  return terms;
}

/** The English words of the query (alone or in phrases): what typo correction looks at. */
export function wordTerms(terms: QueryTerm[]): WordTerm[] {
  return terms.flatMap((t) => (t.kind === 'word' ? [t] : t.kind === 'phrase' ? t.words : []));
}

function wordQuery(t: WordTerm): string {
  const self = `'${t.lexeme}'${t.prefix ? ':*' : ''}`;
  const others = [...(t.alternatives ?? []), ...(t.translations ?? [])];
  if (others.length === 0) return self;
  return `(${[self, ...others.map((a) => `'${a}'`)].join(' | ')})`;
}

function termQuery(t: QueryTerm): string {
  if (t.kind === 'word') return wordQuery(t);
  if (t.kind === 'phrase') return `(${t.words.map(wordQuery).join(' <-> ')})`;
  const translations = (t.translations ?? []).map((e) => ` | '${e}'`).join('');
  if (t.chars.length === 1) return translations ? `('${t.word}'${translations})` : `'${t.word}'`;
  return `('${t.word}' | ${t.chars.map((c) => `'${c}'`).join(' <-> ')}${translations})`;
}

/** Each term as its own tsquery: how many of them an entry matches ranks partial matches. */
export function termTsQueries(terms: QueryTerm[]): string[] {
  return terms.map(termQuery);
}

/**
 * A tsquery (for `to_tsquery('simple', …)`) over the terms: all of them (`and`), or any (`or`,
 * for long pasted lines where no entry has every word). Single Han characters are mostly
 * particles (被, 的): they are left out of `and` when the query has longer terms.
 */
export function toTsQuery(terms: QueryTerm[], mode: 'and' | 'or'): string | null {
  let used = terms;
  if (mode === 'and') {
    const meaningful = terms.filter((t) => t.kind !== 'han' || t.chars.length > 1);
    if (meaningful.length > 0) used = meaningful;
  }
  if (used.length === 0) return null;
  return used.map(termQuery).join(mode === 'and' ? ' & ' : ' | ');
}

/** Lower-cased letters and digits separated by single spaces: the text trigram similarity compares. */
export function normalizeForTrigram(text: string): string {
  return runsOf(text).join(' ');
}
