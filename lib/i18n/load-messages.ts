// Message catalogues live in lib/i18n/messages/<locale>/<namespace>.json, one namespace per
// domain, so that each domain owns its strings. test/unit/i18n checks that both languages
// have exactly the same keys.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from './locales.ts';

export type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

export function messagesDir(): string {
  return path.join(process.cwd(), 'lib', 'i18n', 'messages');
}

export function loadMessages(locale: Locale, dir = messagesDir()): Messages {
  const hit = process.env.NODE_ENV === 'production' ? cache.get(locale) : undefined;
  if (hit) return hit;
  const out: Messages = {};
  const localeDir = path.join(dir, locale);
  for (const file of fs.readdirSync(localeDir).filter((f) => f.endsWith('.json')).sort()) {
    out[file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(localeDir, file), 'utf8'));
  }
  cache.set(locale, out);
  return out;
}
