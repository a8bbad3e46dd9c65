// Static analysis for the i18n messages a page sends to the browser: starting from a page or
// layout, follow local imports; once a file is a client module ('use client', or imported by
// one), every `useTranslations('ns…')` it holds needs `ns` in the page's client messages.
// Server components translate on the server and need nothing sent.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const EXTS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];

function resolveLocal(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const e of EXTS) if (fs.existsSync(base + e)) return base + e;
  return null;
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_RE = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const NS_RE = /useTranslations\(\s*['"]([A-Za-z]+)[.'"]/g;

/** Namespaces the client modules reachable from `entry` (a path from the project root) use. */
export function clientNamespaces(entry: string): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const src = fs.readFileSync(file, 'utf8');
    const client = inClient || /^\s*(?:\/\/[^\n]*\n\s*)*['"]use client['"]/.test(src);
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) for (const m of src.matchAll(NS_RE)) out.add(m[1]!);
    for (const re of [IMPORT_RE, DYNAMIC_RE]) {
      for (const m of src.matchAll(re)) {
        const target = resolveLocal(file, m[1]!);
        if (target && /\.tsx?$/.test(target)) walk(target, client);
      }
    }
  };
  walk(path.join(root, entry), false);
  return out;
}
