// The bilingual lexicon from CC-CEDICT (lib/search/lexicon/cedict.json, built by
// scripts/search/build-lexicon.ts): Chinese ↔ English candidates for the words the hand
// glossary (./glossary.ts) does not cover. The glossary overrides it: a word the glossary
// has gets only the glossary's meaning. Bounded three ways, so that common glosses do not
// flood ("服务" → "service; to serve"):
//   - at most three one-word glosses per Chinese word (the build keeps no more);
//   - English → Chinese only for glosses at most MAX_WORDS_PER_GLOSS words share (a gloss that
//     ten words have, "service", "problem", says nothing about which one was meant);
//   - at query time, translations common in the searched table are dropped
//     (term-frequency.ts, dropCommonTranslations), and all rank below the typed words.
import lexicon from './lexicon/cedict.json' with { type: 'json' };
import { normalizeWord } from './normalize-word.ts';

export const MAX_WORDS_PER_GLOSS = 3;
/** English glosses that are function words or too vague to translate by. */
const VAGUE = new Set('the and not get make put take give use have thing way one two'.split(' '));

let maps: { zhToEn: Map<string, string[]>; enToZh: Map<string, string[]> } | null = null;

function build() {
  if (maps) return maps;
  const zhToEn = new Map<string, string[]>();
  const byGloss = new Map<string, string[]>();
  for (const [zh, glosses] of Object.entries(lexicon.zhToEn as Record<string, string[]>)) {
    const stems = [...new Set(glosses.filter((g) => !VAGUE.has(g)).map(normalizeWord))];
    if (stems.length === 0) continue;
    zhToEn.set(zh, stems);
    for (const s of stems) byGloss.set(s, [...(byGloss.get(s) ?? []), zh]);
  }
  const enToZh = new Map([...byGloss].filter(([, words]) => words.length <= MAX_WORDS_PER_GLOSS));
  maps = { zhToEn, enToZh };
  return maps;
}

/** English lexemes (stemmed) CC-CEDICT gives for a Chinese word. */
export function lexiconEnglishFor(zhWord: string): string[] {
  return build().zhToEn.get(zhWord) ?? [];
}

/** Chinese words whose CC-CEDICT gloss is this English lexeme (stemmed), when few words share it. */
export function lexiconChineseFor(lexeme: string): string[] {
  return build().enToZh.get(lexeme) ?? [];
}
