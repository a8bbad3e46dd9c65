// What a new postmortem starts with: summary and impact from the incident, the highlighted
// timeline entries as the timeline section, and the root causes and detection from the
// analysis. Pure (the use case loads the data), so the rules are unit-tested. English, like
// every system text the API writes; people rewrite it in their own words.
import { sectionKeys, type SectionKey } from './template.ts';

export interface PrefillSource {
  summary: string;
  impact: string;
  customerFacing: boolean;
  startedAt: Date | null;
  resolvedAt: Date | null;
  highlights: { occurredAt: Date; body: string }[];
  factors: { kind: string; category: string; description: string }[];
  detection: { method: string; detectedBy: string; whyNotEarlier: string } | null;
}

const kindLabels: Record<string, string> = { trigger: 'Trigger', root_cause: 'Root cause', contributing: 'Contributing factor', mitigating: 'Mitigating factor' };

function utc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One Markdown list item per highlighted entry, oldest first; multi-line bodies are indented. */
export function timelineMarkdown(highlights: PrefillSource['highlights']): string {
  return [...highlights]
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
    .map((h) => `- **${utc(h.occurredAt)}** — ${h.body.trim().replace(/\n/g, '\n  ')}`)
    .join('\n');
}

function impactMarkdown(s: PrefillSource): string {
  const lines = [s.impact.trim()];
  if (s.startedAt && s.resolvedAt) lines.push(`Duration: ${utc(s.startedAt)} – ${utc(s.resolvedAt)}.`);
  if (s.customerFacing) lines.push('Customer-facing: yes.');
  return lines.filter(Boolean).join('\n\n');
}

export function prefillSections(s: PrefillSource): Record<SectionKey, string> {
  const out = Object.fromEntries(sectionKeys.map((k) => [k, ''])) as Record<SectionKey, string>;
  out.summary = s.summary.trim();
  out.impact = impactMarkdown(s);
  out.timeline = timelineMarkdown(s.highlights);
  out.root_causes = s.factors.map((f) => `- **${kindLabels[f.kind] ?? f.kind}** (${f.category}): ${f.description.trim()}`).join('\n');
  if (s.detection) {
    out.detection = [
      s.detection.method && `How: ${s.detection.method}`,
      s.detection.detectedBy && `By: ${s.detection.detectedBy}`,
      s.detection.whyNotEarlier && `Why not earlier: ${s.detection.whyNotEarlier}`,
    ]
      .filter(Boolean)
      .join('\n\n');
  }
  return out;
}
