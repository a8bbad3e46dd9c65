// What a new postmortem starts with: summary and impact from the incident, and the highlighted
// timeline entries as the timeline section. Pure (the use case loads the data), so the rules
// are unit-tested.
//
// Written once, for people to rewrite, so it is written in the author's language with times in
// the author's time zone (the zone named as the reader's clock shows it, e.g. GMT+8, never a
// bare "UTC" for someone in Asia/Shanghai). Nothing derived is copied: the root causes are the
// analysis's factors and detection is its structured record (shown from the source, so never
// stale); those sections start empty.
import { sectionKeys, type SectionKey } from './template.ts';

export interface PrefillSource {
  summary: string;
  impact: string;
  customerFacing: boolean;
  startedAt: Date | null;
  resolvedAt: Date | null;
  highlights: { occurredAt: Date; body: string }[];
}

export interface PrefillWriter {
  locale: string;
  timeZone: string;
  /** The catalogue's `story.prefill` strings: duration ({from}, {to}) and customerFacing. */
  text: (key: 'duration' | 'customerFacing', values?: Record<string, string>) => string;
}

export function formatPrefillTime(d: Date, w: Pick<PrefillWriter, 'locale' | 'timeZone'>): string {
  return new Intl.DateTimeFormat(w.locale, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    timeZone: w.timeZone, timeZoneName: 'shortOffset',
  }).format(d);
}

/** One Markdown list item per highlighted entry, oldest first; multi-line bodies are indented. */
export function timelineMarkdown(highlights: PrefillSource['highlights'], w: Pick<PrefillWriter, 'locale' | 'timeZone'>): string {
  return [...highlights]
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
    .map((h) => `- **${formatPrefillTime(h.occurredAt, w)}** — ${h.body.trim().replace(/\n/g, '\n  ')}`)
    .join('\n');
}

function impactMarkdown(s: PrefillSource, w: PrefillWriter): string {
  const lines = [s.impact.trim()];
  if (s.startedAt && s.resolvedAt) lines.push(w.text('duration', { from: formatPrefillTime(s.startedAt, w), to: formatPrefillTime(s.resolvedAt, w) }));
  if (s.customerFacing) lines.push(w.text('customerFacing'));
  return lines.filter(Boolean).join('\n\n');
}

export function prefillSections(s: PrefillSource, w: PrefillWriter): Record<SectionKey, string> {
  const out = Object.fromEntries(sectionKeys.map((k) => [k, ''])) as Record<SectionKey, string>;
  out.summary = s.summary.trim();
  out.impact = impactMarkdown(s, w);
  out.timeline = timelineMarkdown(s.highlights, w);
  return out;
}
