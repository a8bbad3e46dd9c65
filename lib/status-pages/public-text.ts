// Public texts come as one string (in the author's language) or as {en, zhCN}; the page
// shows the reader's language and falls back to the other one. Pure.
import type { PublicText } from './schemas.ts';

export interface Bilingual { en: string; zh: string }

export function toBilingual(value: PublicText | undefined, authorLocale: string | null, fallback = ''): Bilingual {
  if (value === undefined) return authorLocale === 'zh-CN' ? { en: '', zh: fallback } : { en: fallback, zh: '' };
  if (typeof value === 'string') return authorLocale === 'zh-CN' ? { en: '', zh: value } : { en: value, zh: '' };
  return { en: value.en ?? '', zh: value.zhCN ?? '' };
}

/** The text in the reader's language, else the other one. */
export function pick(text: Bilingual, locale: string): string {
  return locale === 'zh-CN' ? text.zh || text.en : text.en || text.zh;
}
