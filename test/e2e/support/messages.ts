// The UI's own message catalogues, so that tests assert the strings a reader sees in each
// language without copying them (a changed wording must not break a test, a missing one must).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Messages = { [key: string]: string | Messages };

const dir = fileURLToPath(new URL('../../../lib/i18n/messages', import.meta.url));

export function message(locale: 'en' | 'zh-CN', key: string): string {
  const [namespace = '', ...rest] = key.split('.');
  let node: string | Messages = JSON.parse(fs.readFileSync(path.join(dir, locale, `${namespace}.json`), 'utf8')) as Messages;
  for (const part of rest) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No message ${key} in ${locale}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} in ${locale} is not a string`);
  return node;
}
