import { describe, expect, it } from 'vitest';
import { parseQuery, wordTerms } from '@/lib/search/normalize';
import { dropCommonTranslations, termFrequency, type Frequencies } from '@/lib/search/term-frequency';
import { toTsQuery } from '@/lib/search/normalize';

const f: Frequencies = { of: new Map([['error', 0.4], ['connect', 0.2], ['失败', 0.3], ['失', 0.35], ['败', 0.3], ['超', 0.1], ['时', 0.2]]) };
const freq = (q: string) => parseQuery(q).map((t) => termFrequency(f, t));

describe('termFrequency', () => {
  it('reads common words from the statistics and counts unlisted ones as rare', () => {
    expect(freq('error stockmapper ')).toEqual([0.4, 0]);
  });

  it('estimates a phrase by its rarest word', () => {
    expect(freq('connection-error ')).toEqual([0.2]);
  });

  it('estimates a Han word by itself when listed, else by its rarest character', () => {
    expect(freq('失败')).toEqual([0.3]);
    expect(freq('超时')).toEqual([0.1]);
  });

  it('counts a typo correction as common as its correction', () => {
    const terms = parseQuery('eror ');
    wordTerms(terms)[0]!.alternatives = ['error'];
    expect(termFrequency(f, terms[0]!)).toBe(0.4);
  });
});

describe('dropCommonTranslations', () => {
  it('keeps distinctive translations and drops those most documents contain', () => {
    const stats: Frequencies = { of: new Map([['timeout', 0.3], ['charg', 0.001], ['扣钱', 0.5], ['扣费', 0.5], ['被扣', 0.5], ['debit', 0.5]]) };
    const terms = dropCommonTranslations(parseQuery('扣款 超时'), stats);
    expect(toTsQuery(terms, 'and')).toBe("('扣款' | '扣' <-> '款' | 'charg') & ('超时' | '超' <-> '时')");
  });
});
