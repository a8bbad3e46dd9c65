// A reader's language when they have saved none: the browser's Accept-Language.
import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from '@/lib/i18n/locales';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['zh-TW,zh;q=0.9', 'zh-CN'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-GB', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['fr', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['', 'en'],
  ] as const)('%j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('falls back to English without a header', () => {
    expect(localeFromAcceptLanguage(null)).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });

  it('follows the quality values, not the order', () => {
    expect(localeFromAcceptLanguage('en;q=0.5,zh-CN;q=0.9')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('zh;q=0.2, en-GB;q=0.8')).toBe('en');
  });

  it('skips languages it does not speak for ones it does', () => {
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,zh;q=0.8,en;q=0.7')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de, en;q=0.5')).toBe('en');
  });

  it('ignores languages the browser refuses (q=0)', () => {
    expect(localeFromAcceptLanguage('zh;q=0, en;q=0.1')).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts only the supported locales', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
