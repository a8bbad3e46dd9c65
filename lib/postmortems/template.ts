// The postmortem template: its sections, in document order. The keys are stable identifiers
// (API paths, message keys); the headings people read come from the `postmortems` catalogue,
// and the English headings below are used by the Markdown export.

export const sectionKeys = [
  'summary',
  'impact',
  'detection',
  'response',
  'root_causes',
  'resolution',
  'timeline',
  'went_well',
  'went_badly',
  'lucky',
  'lessons',
  'action_items',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

export const sectionHeadings: Record<SectionKey, string> = {
  summary: 'Summary',
  impact: 'Impact',
  detection: 'Detection',
  response: 'Response',
  root_causes: 'Root causes',
  resolution: 'Resolution',
  timeline: 'Timeline',
  went_well: 'What went well',
  went_badly: 'What went badly',
  lucky: 'Where we got lucky',
  lessons: 'Lessons',
  action_items: 'Action items',
};

/**
 * Sections whose content is structured data, not text: the detection record and the action
 * items. Their text rows stay (one per template key) but are never edited or shown; one
 * source per section.
 */
export const structuredSections = ['detection', 'action_items'] as const satisfies readonly SectionKey[];

export function isStructuredSection(key: SectionKey): boolean {
  return (structuredSections as readonly SectionKey[]).includes(key);
}

export function sectionOrder(key: string): number {
  const i = (sectionKeys as readonly string[]).indexOf(key);
  return i === -1 ? sectionKeys.length : i;
}
