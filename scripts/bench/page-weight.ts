// What a page sends: its HTML and every `<script src>` it references, fetched from the running
// production build and gzipped here with zlib (deterministic, unlike a browser's cache).
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
}

const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;

export function scriptSources(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.add(m[1]!.replace(/&amp;/g, '&'));
  return [...out];
}

export async function measurePageWeight(base: string, page: string, path: string, headers: Record<string, string>): Promise<PageWeight> {
  const res = await fetch(base + path, { headers: { 'accept-language': 'en', ...headers }, redirect: 'manual' });
  const html = Buffer.from(await res.arrayBuffer());
  const srcs = scriptSources(html.toString('utf8'));
  let jsBytes = 0;
  let jsGzipBytes = 0;
  let largest: PageWeight['largestScript'] = null;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const g = gz(body);
    jsBytes += body.length;
    jsGzipBytes += g;
    if (!largest || body.length > largest.bytes) largest = { src, bytes: body.length, gzipBytes: g };
  }
  return { page, path, status: res.status, htmlBytes: html.length, htmlGzipBytes: gz(html), scripts: srcs.length, jsBytes, jsGzipBytes, largestScript: largest };
}

export const kb = (n: number) => Math.round(n / 102.4) / 10;
