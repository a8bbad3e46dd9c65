import { describe, expect, it } from 'vitest';
import { normalizeForIndex } from '@/lib/search/normalize';
import { vocabularyOf } from '@/lib/search/typo';

describe('vocabularyOf', () => {
  it('keeps the English words of a document, sorted and once each', () => {
    const a = normalizeForIndex('401 invalid_token: token expired');
    const b = normalizeForIndex('Tokens expire after 1h');
    expect(vocabularyOf(a, b)).toEqual(['after', 'expir', 'invalid', 'token']);
  });

  it('leaves out Chinese, numbers, short words and overlong tokens (ids, hashes)', () => {
    const text = normalizeForIndex(`调用服务失败 HTTP 500 at 2026 ${'a1'.repeat(20)} ok`);
    expect(vocabularyOf(text)).toEqual(['http']);
  });
});
