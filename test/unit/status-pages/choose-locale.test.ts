// The visitor's language: their choice on the page, then the app's cookie, then the browser's
// Accept-Language when it names English or Chinese, then the page's default.
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '@/lib/status-pages/serve-public';

describe('chooseLocale', () => {
  it('prefers ?lang, then the cookie, then Accept-Language, then the page default', () => {
    expect(chooseLocale('zh-CN', 'firebreak-locale=en', 'en-US', 'en')).toBe('zh-CN');
    expect(chooseLocale(null, 'a=1; firebreak-locale=zh-CN', 'en-US', 'en')).toBe('zh-CN');
    expect(chooseLocale(null, null, 'fr-FR,zh-TW;q=0.8', 'en')).toBe('zh-CN');
    expect(chooseLocale(null, null, 'en-GB,zh;q=0.5', 'zh-CN')).toBe('en');
    expect(chooseLocale(null, null, 'fr-FR,de;q=0.8', 'zh-CN')).toBe('zh-CN');
    expect(chooseLocale('xx', 'firebreak-locale=fr', null, 'en')).toBe('en');
  });
});
