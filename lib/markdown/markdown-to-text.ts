// Markdown as the plain text a reader would see, for places that show a short excerpt rather
// than rendered HTML (search snippets, list previews): `**bold**` → bold, `[title](/changes/id)`
// → title, list markers, heading hashes and quote marks gone. Parsed with the same markdown-it
// that renders the full text (lib/timeline/render-markdown.ts), so excerpt and page agree on
// what is syntax; no regex guesses.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false });

export function markdownToText(source: string): string {
  if (!/[*_`#>\[\]!|~-]|^\s*\d+\./m.test(source)) return source; // nothing that could be syntax
  const parts: string[] = [];
  for (const block of md.parse(source, {})) {
    if (block.type === 'inline') {
      for (const t of block.children ?? []) {
        if (t.type === 'text' || t.type === 'code_inline') parts.push(t.content);
        else if (t.type === 'image') parts.push(t.content);
        else if (t.type === 'softbreak' || t.type === 'hardbreak') parts.push(' ');
      }
      parts.push('\n');
    } else if (block.type === 'fence' || block.type === 'code_block') {
      parts.push(block.content, '\n');
    }
  }
  return parts.join('').replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim().replace(/\n/g, ' ');
}
