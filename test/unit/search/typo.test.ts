import { describe, expect, it } from 'vitest';
import { normalizeForIndex } from '@/lib/search/normalize';
import type { Db } from '@/lib/db/client';
import { parseQuery } from '@/lib/search/normalize';
import { correctTypos, vocabularyOf } from '@/lib/search/typo';

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

describe('correctTypos', () => {
  const noDatabase = new Proxy({}, { get: () => { throw new Error('no lookup expected'); } }) as unknown as Db;

  it('does not look up the words of a pasted line (more than five terms) or of a query without English words', async () => {
    const pasted = parseQuery('2026-11-21 10:00:01 ERROR OrderClient - 调用服务失败: 401 invalid_token');
    await expect(correctTypos(noDatabase, pasted)).resolves.toBe(pasted);
    const chinese = parseQuery('连接池耗尽');
    await expect(correctTypos(noDatabase, chinese)).resolves.toBe(chinese);
  });
});
