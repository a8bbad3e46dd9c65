// Decides whether `npm start` must (re)build: a fingerprint of every input of `next build`
// (paths, sizes and modification times), compared with the one saved by the last build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'public', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SKIP = new Set(['node_modules', '.next', 'generated']);
export const FINGERPRINT_FILE = path.join('.next', 'firebreak-build-fingerprint');

function walk(p: string, out: string[]): void {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else {
    out.push(`${p}:${st.size}:${Math.round(st.mtimeMs)}`);
  }
}

export function buildFingerprint(root: string): string {
  const entries: string[] = [];
  for (const i of INPUTS) walk(path.join(root, i), entries);
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

export function buildIsCurrent(root: string): boolean {
  const file = path.join(root, FINGERPRINT_FILE);
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(file)) return false;
  return fs.readFileSync(file, 'utf8').trim() === buildFingerprint(root);
}

export function saveFingerprint(root: string): void {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), buildFingerprint(root) + '\n');
}
