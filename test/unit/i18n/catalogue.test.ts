// Every string a person reads exists in English and Simplified Chinese. These checks fail when
// a namespace file, a key or a placeholder exists in one language only, when a value is empty,
// or when a message is not valid ICU (next-intl would show the key instead).
import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

const dir = path.join(process.cwd(), 'lib', 'i18n', 'messages');
const namespaces = (locale: string) => fs.readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.json')).sort();
const read = (locale: string, file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, locale, file), 'utf8'));

/** key path → message, for every leaf. Non-string leaves are reported as problems. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The argument names ({name}, {count, plural, …}) and rich-text tags (<code>) a message uses. */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(`{${el.value}}`);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      out.add(`{${el.value}}`);
      for (const option of Object.values(el.options)) placeholders(option.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      placeholders(el.children, out);
    }
  }
  return out;
}

const [base, ...others] = locales;

describe('message catalogues', () => {
  it('has the same namespace files in every language', () => {
    for (const locale of others) expect(namespaces(locale), locale).toEqual(namespaces(base));
    expect(namespaces(base).length).toBeGreaterThan(0);
  });

  for (const file of namespaces(base)) {
    describe(file, () => {
      const catalogues = Object.fromEntries(locales.map((l) => [l, fs.existsSync(path.join(dir, l, file)) ? flatten(read(l, file)) : new Map()]));

      it('has exactly the same keys in every language', () => {
        const baseKeys = new Set(catalogues[base]?.keys());
        for (const locale of others) {
          expect(fs.existsSync(path.join(dir, locale, file)), `${locale}/${file} exists`).toBe(true);
          const keys = new Set(catalogues[locale]?.keys());
          const missing = [...baseKeys].filter((k) => !keys.has(k));
          const extra = [...keys].filter((k) => !baseKeys.has(k));
          expect({ missing, extra }, `${locale}/${file} compared with ${base}/${file}`).toEqual({ missing: [], extra: [] });
        }
      });

      it('has a non-empty string for every key', () => {
        const problems: string[] = [];
        for (const [locale, messages] of Object.entries(catalogues)) {
          for (const [key, value] of messages) {
            if (typeof value !== 'string' || !value.trim()) problems.push(`${locale}/${file} ${key}: ${JSON.stringify(value)}`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('uses valid ICU messages with the same placeholders in every language', () => {
        const problems: string[] = [];
        const of = (locale: string, key: string): Set<string> | null => {
          const message = catalogues[locale]?.get(key);
          if (typeof message !== 'string') return null;
          try {
            return placeholders(parse(message));
          } catch (e) {
            problems.push(`${locale}/${file} ${key}: not valid ICU (${(e as Error).message})`);
            return null;
          }
        };
        for (const key of catalogues[base]?.keys() ?? []) {
          const expected = of(base, key);
          for (const locale of others) {
            const actual = of(locale, key);
            if (expected && actual && [...expected].sort().join() !== [...actual].sort().join()) {
              problems.push(`${locale}/${file} ${key}: ${[...actual].join(' ') || 'none'} ≠ ${base} ${[...expected].join(' ') || 'none'}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
