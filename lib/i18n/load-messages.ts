// Message catalogues live in lib/i18n/messages/<locale>/<namespace>.json, one namespace per
// domain, so that each domain owns its strings. test/unit/i18n checks that both languages
// have exactly the same keys.
import fs from 'node:fs';
import path from 'node:path';
import { getEnv } from '../config/env.ts';
import type { Locale } from './locales.ts';

export type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

export function messagesDir(): string {
  return path.join(process.cwd(), 'lib', 'i18n', 'messages');
}

export function loadMessages(locale: Locale, dir = messagesDir()): Messages {
  const hit = getEnv().NODE_ENV === 'production' ? cache.get(locale) : undefined;
  if (hit) return hit;
  const out: Messages = {};
  // Read at run time from the project folder: not a file for the bundler to trace.
  const localeDir = path.join(/*turbopackIgnore: true*/ dir, locale);
  for (const file of fs.readdirSync(/*turbopackIgnore: true*/ localeDir).filter((f) => f.endsWith('.json')).sort()) {
    out[file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(localeDir, file), 'utf8'));
  }
  cache.set(locale, out);
  return out;
}
