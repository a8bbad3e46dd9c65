// What a page sends: its HTML and every `<script src>` it references, fetched from the running
// production build and gzipped here with zlib (deterministic, unlike a browser's cache).
// `noModule` scripts (Next's legacy polyfills) are counted apart: browsers that run modules,
// every browser Next 16 supports, never download them. `framework` is the part of the JS that
// is Next's and React's own (the build manifest's rootMainFiles), the same on every page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface PageWeight {
  page: string;
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: number;
  jsBytes: number;
  jsGzipBytes: number;
  largestScript: { src: string; bytes: number; gzipBytes: number } | null;
  frameworkGzipBytes: number;
  noModuleScripts: number;
  noModuleGzipBytes: number;
}

const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;

export function scriptSources(html: string): { src: string; noModule: boolean }[] {
  const out = new Map<string, boolean>();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) out.set(src.replace(/&amp;/g, '&'), /\bnomodule\b/i.test(m[1]!));
  }
  return [...out].map(([src, noModule]) => ({ src, noModule }));
}

export function frameworkFiles(nextDir: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[] };
  return new Set((manifest.rootMainFiles ?? []).map((f) => `/_next/${f}`));
}

export async function measurePageWeight(base: string, page: string, url: string, headers: Record<string, string>, framework: Set<string>): Promise<PageWeight> {
  const res = await fetch(base + url, { headers: { 'accept-language': 'en', ...headers }, redirect: 'manual' });
  const html = Buffer.from(await res.arrayBuffer());
  const scripts = scriptSources(html.toString('utf8'));
  let jsBytes = 0;
  let jsGzipBytes = 0;
  let frameworkGzipBytes = 0;
  let noModuleScripts = 0;
  let noModuleGzipBytes = 0;
  let largest: PageWeight['largestScript'] = null;
  for (const { src, noModule } of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const g = gz(body);
    if (noModule) {
      noModuleScripts++;
      noModuleGzipBytes += g;
      continue;
    }
    if (framework.has(new URL(src, base).pathname)) frameworkGzipBytes += g;
    jsBytes += body.length;
    jsGzipBytes += g;
    if (!largest || body.length > largest.bytes) largest = { src, bytes: body.length, gzipBytes: g };
  }
  return {
    page, path: url, status: res.status, htmlBytes: html.length, htmlGzipBytes: gz(html), scripts: scripts.length - noModuleScripts, jsBytes, jsGzipBytes,
    largestScript: largest, frameworkGzipBytes, noModuleScripts, noModuleGzipBytes,
  };
}

export const kb = (n: number) => Math.round(n / 102.4) / 10;
