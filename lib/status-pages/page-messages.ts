import 'server-only';
// The statusPages catalogue for generated text (emails, the public page), read once per
// locale from lib/i18n (the same files next-intl serves).
import { createTranslator } from 'use-intl/core';
import { loadMessages } from '../i18n/load-messages.ts';
import type { Locale } from '../i18n/locales.ts';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function statusPageTranslator(locale: Locale): Translate {
  const messages = loadMessages(locale);
  return createTranslator({ locale, messages: messages as Record<string, never>, namespace: 'statusPages' as never }) as unknown as Translate;
}
