// Pinyin for search: a query typed in pinyin ("chaoshi", "zhengshu guoqi") or its initials
// ("cs", "zsgq") finds the Chinese words it spells. Each indexed document adds the pinyin of
// its Han words to "SearchPinyin" (key → word): full syllables and initials of each jieba word
// and of each pair of adjacent words (so "zsgq" finds 证书过期). A query word that is not an
// English word of the vocabulary and is the key of some Han words also matches them
// (lib/search/typo.ts does the lookup in its one round trip). Pinyin by @napi-rs/pinyin
// (prebuilt native code; its phrase segmenter reads polyphonic characters in context: 重复 → chongfu, not zhongfu).
import { pinyin } from '@napi-rs/pinyin';

const HAN_WORD = /^\p{Script=Han}{2,6}$/u;
/** At most this many keys per document: a long postmortem must not write thousands of rows. */
export const MAX_PINYIN_KEYS = 400;
/** A query word that may be pinyin: Latin letters only. */
export const PINYIN_QUERY_WORD = /^[a-z]{2,40}$/;

/** Full pinyin (no tones, syllables joined, ü typed as v: 汇率 → huilv) and initials of a Han word: 超时 → chaoshi, cs. */
export function pinyinKeys(word: string): [full: string, initials: string] {
  const syllables = pinyin(word, { segment: true, segmenter: 'phrase' }).map((s) => String(s).toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, ''));
  return [syllables.join(''), syllables.map((s) => s[0] ?? '').join('')];
}

/**
 * The (key, word) pairs of normalised index text (normalizeForIndex output: its Han words come
 * first, in order, then single characters), unique, at most MAX_PINYIN_KEYS.
 */
export function pinyinVocabularyOf(...normalized: string[]): { keys: string[]; words: string[] } {
  const pairs = new Map<string, [string, string]>();
  const add = (word: string, keys: string[]) => {
    for (const k of keys) if (k.length >= 2 && pairs.size < MAX_PINYIN_KEYS) pairs.set(`${k} ${word}`, [k, word]);
  };
  for (const text of normalized) {
    const words = text.split(' ').filter((w) => HAN_WORD.test(w));
    words.forEach((w, i) => {
      const [full, initials] = pinyinKeys(w);
      add(w, [full, initials]);
      const next = words[i + 1];
      if (next && [...w].length + [...next].length <= 6) {
        const [nFull, nInitials] = pinyinKeys(next);
        add(w + next, [full + nFull, initials + nInitials]);
      }
    });
  }
  const sorted = [...pairs.values()].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  return { keys: sorted.map((p) => p[0]), words: sorted.map((p) => p[1]) };
}
