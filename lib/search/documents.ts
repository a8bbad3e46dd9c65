// What goes into the search document of an incident and of a published postmortem: pure, so
// the single-row writers (on every write) and the batch (reindexMissing) build the same thing.
// Weights, as for known issues: A = what the thing is called, B = what happened, C = the rest.
import { normalizeForIndex, normalizeForTrigram } from './normalize.ts';

export interface SearchDocument {
  a: string;
  b: string;
  c: string;
  /** Normalised title, for trigram (typo) matching. */
  trigram: string;
}

export interface IncidentDocumentSource {
  title: string;
  summary: string;
  impact: string;
  /** Bodies of the incident's highlighted (not deleted) timeline entries. */
  highlights: string[];
  /** Names and slugs of the affected services. */
  services: string[];
}

export function incidentDocument(s: IncidentDocumentSource): SearchDocument {
  return {
    a: normalizeForIndex(s.title),
    b: normalizeForIndex([s.summary, s.impact].join('\n')),
    c: normalizeForIndex([...s.highlights, ...s.services].join('\n')),
    trigram: normalizeForTrigram(s.title),
  };
}

/** Sections whose text says what happened and why: weight B. The others are C. */
export const POSTMORTEM_B_SECTIONS = new Set(['summary', 'impact', 'root_causes']);

export interface PostmortemDocumentSource {
  /** The incident's title: a postmortem has none of its own. */
  title: string;
  sections: { key: string; body: string }[];
  services: string[];
}

export function postmortemDocument(s: PostmortemDocumentSource): SearchDocument {
  const b = s.sections.filter((x) => POSTMORTEM_B_SECTIONS.has(x.key)).map((x) => x.body);
  const c = s.sections.filter((x) => !POSTMORTEM_B_SECTIONS.has(x.key)).map((x) => x.body);
  return {
    a: normalizeForIndex(s.title),
    b: normalizeForIndex(b.join('\n')),
    c: normalizeForIndex([...c, ...s.services].join('\n')),
    trigram: normalizeForTrigram(s.title),
  };
}
