// Tiny helpers for the hand-written public HTML (no framework on the hot path). Pure.
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Plain text with its line breaks kept. */
export function paragraphs(s: string): string {
  return s
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function formatTime(iso: string, locale: string): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

/** A <time> the page script re-formats in the visitor's own time zone. */
export function timeTag(iso: string, locale: string): string {
  return `<time datetime="${esc(iso)}">${esc(formatTime(iso, locale))}</time>`;
}
