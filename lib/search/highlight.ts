// Snippets: the part of an entry that matched, HTML-escaped, with matches in <mark>. Done in
// the app (not ts_headline) because the index holds segmented, stemmed tokens that must not
// leak into what people read; here we find the query's words in the original text.
import { markdownToText } from '../markdown/markdown-to-text.ts';
import { normalizeWord, wordTerms, type QueryTerm } from './normalize.ts';

type Range = [start: number, end: number];

const LATIN_WORDS = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Where the query's terms occur in `text`, sorted and merged. */
export function findMatches(text: string, terms: QueryTerm[]): Range[] {
  const ranges: Range[] = [];
  const lower = text.toLowerCase();
  const words = wordTerms(terms);
  const lexemes = new Set(words.flatMap((t) => [t.lexeme, ...(t.alternatives ?? [])]));
  const prefixes = words.filter((t) => t.prefix).map((t) => t.lexeme);
  if (lexemes.size > 0) {
    for (const m of lower.matchAll(LATIN_WORDS)) {
      const w = normalizeWord(m[0]);
      if (lexemes.has(w) || prefixes.some((p) => w.startsWith(p) || m[0].startsWith(p))) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  for (const t of terms) {
    if (t.kind !== 'han') continue;
    for (let i = lower.indexOf(t.word); i !== -1; i = lower.indexOf(t.word, i + t.word.length)) ranges.push([i, i + t.word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Up to `maxLength` characters of `text` around its first match, escaped, matches marked. */
export function highlight(text: string, terms: QueryTerm[], maxLength = 180): string {
  const matches = findMatches(text, terms);
  const first = matches[0];
  let start = 0;
  if (first && first[0] > maxLength / 3) start = first[0] - Math.floor(maxLength / 3);
  const end = Math.min(text.length, start + maxLength);
  let out = start > 0 ? '…' : '';
  let pos = start;
  for (const [a, b] of matches) {
    if (b <= start || a >= end) continue;
    const from = Math.max(a, start);
    const to = Math.min(b, end);
    out += escapeHtml(text.slice(pos, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>';
    pos = to;
  }
  out += escapeHtml(text.slice(pos, end)) + (end < text.length ? '…' : '');
  return out;
}

/**
 * The snippet of the field with the most matches (the first field when nothing matches). Fields
 * are Markdown: the snippet shows the text a reader sees, never `**…**` or `[..](..)`.
 */
export function bestSnippet(fields: string[], terms: QueryTerm[], maxLength = 180): string {
  const candidates = fields.map(markdownToText).filter((f) => f.trim().length > 0);
  let best = candidates[0] ?? '';
  let bestCount = 0;
  for (const f of candidates) {
    const n = findMatches(f, terms).length;
    if (n > bestCount) {
      best = f;
      bestCount = n;
    }
  }
  return highlight(best, terms, maxLength);
}
