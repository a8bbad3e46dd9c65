// Everyday synonyms and pinyin: a customer's words and a query typed without a Chinese input
// method reach the words entries are written in; both stay bounded.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseQuery, toTsQuery, typedTsQuery } from '@/lib/search/normalize';
import { MAX_PINYIN_KEYS, pinyinKeys, pinyinVocabularyOf } from '@/lib/search/pinyin';
import { MAX_SYNONYMS, synonymsOf } from '@/lib/search/synonyms';
import { MAX_WORDS_PER_GLOSS, lexiconChineseFor, lexiconEnglishFor } from '@/lib/search/lexicon';

describe('everyday synonyms', () => {
  it('joins everyday words to the words entries use, in both languages', () => {
    expect(synonymsOf('挂')).toEqual(expect.arrayContaining(['宕机', 'down']));
    expect(synonymsOf('很卡')).toEqual(expect.arrayContaining(['卡顿', 'sluggish']));
    expect(synonymsOf('报错')).toEqual(expect.arrayContaining(['出错', 'error']));
    expect(synonymsOf('掉线')).toEqual(expect.arrayContaining(['disconnect']));
    expect(synonymsOf('disconnect')).toContain('掉线');
    expect(synonymsOf('宕机')).toContain('挂');
  });

  it('keeps each word to a few synonyms, and unknown words to none', () => {
    for (const w of ['挂', '卡', 'slow', 'error', '失败']) expect(synonymsOf(w).length).toBeLessThanOrEqual(MAX_SYNONYMS);
    expect(synonymsOf('kafka')).toEqual([]);
  });

  it('makes "服务挂了" ask for the service and any word for being down, ranked by the typed words', () => {
    const terms = parseQuery('服务挂了');
    const all = toTsQuery(terms, 'and')!;
    expect(all).toContain("'宕' <-> '机'");
    expect(all).toContain("'down'");
    expect(all.startsWith("('服务'")).toBe(true);
    // The typed words alone, for the ranking bonus: no synonyms.
    expect(typedTsQuery(terms)).toBe("('服务' | '服' <-> '务') | '挂'");
  });
});

describe('pinyin', () => {
  it('spells Han words in full and as initials, polyphonic characters read in context', () => {
    expect(pinyinKeys('超时')).toEqual(['chaoshi', 'cs']);
    expect(pinyinKeys('重复')).toEqual(['chongfu', 'cf']);
    expect(pinyinKeys('汇率')).toEqual(['huilv', 'hl']);
  });

  it('indexes words and pairs of adjacent words of normalised text', () => {
    const { keys, words } = pinyinVocabularyOf('证书 过期 导致 证 书 过 期 导 致');
    const pairs = keys.map((k, i) => `${k}=${words[i]}`);
    expect(pairs).toEqual(expect.arrayContaining(['zhengshu=证书', 'guoqi=过期', 'zhengshuguoqi=证书过期', 'zsgq=证书过期', 'zs=证书']));
    // Single characters are not words: no "zheng=证".
    expect(pairs).not.toContain('zheng=证');
  });

  it('bounds the keys of a long document', () => {
    const text = Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x4e00 + (i % 500)) + String.fromCodePoint(0x5000 + i)).join(' ');
    expect(pinyinVocabularyOf(text).keys.length).toBeLessThanOrEqual(MAX_PINYIN_KEYS);
  });
});

describe('bad input', () => {
  it('gives no terms for punctuation, lone surrogates or only function words', () => {
    expect(parseQuery('!!!???。。。——')).toEqual([]);
    expect(parseQuery('\uD800\uDFFF\uD800')).toEqual([]);
    expect(parseQuery('the of and to')).toEqual([]);
  });

  it('bounds the terms of a 20,000-character query', () => {
    const q = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ').slice(0, 20_000);
    const terms = parseQuery(q);
    expect(terms.length).toBe(MAX_QUERY_TERMS);
  });
});

describe('CC-CEDICT lexicon', () => {
  it('gives English candidates for Chinese words the glossary lacks', () => {
    expect(lexiconEnglishFor('风暴')).toContain('storm');
    expect(lexiconEnglishFor('备份')).toContain('backup');
    expect(lexiconEnglishFor('不存在的词')).toEqual([]);
  });

  it('keeps few glosses per word, and the glossary overrides it', () => {
    expect(lexiconEnglishFor('服务').length).toBeLessThanOrEqual(3);
    // 超时 is in the glossary: its meaning is the glossary's, not the dictionary's.
    expect(toTsQuery(parseQuery('超时 '), 'and')).toBe("('超时' | '超' <-> '时' | 'timeout')");
  });

  it('translates English to Chinese only for glosses few words share', () => {
    // "invalid" is also 病人 (a patient) in the dictionary: English query words are not translated by it.
    expect(toTsQuery(parseQuery('invalid '), 'and')).toBe("'invalid'");
    expect(lexiconChineseFor('storm').length).toBeLessThanOrEqual(MAX_WORDS_PER_GLOSS);
  });
});
