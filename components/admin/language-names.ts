import type { Locale } from '@/lib/i18n/locales';

// Each language is named in itself, so that someone who picked the wrong one can find theirs.
export const languageNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };
