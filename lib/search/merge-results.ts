// Merging the candidates of each type into one answer: filters, facet counts, order, page.
// Pure, so the rules are unit-tested without a database.
//
// Scores: each type's query scores its matches the same way (title/phrase bonus + ts_rank_cd
// over the A/B/C weights + trigram similarity), and known issues keep their own ranking
// (search-known-issues.ts). Then a type factor: a known issue answers "what do we do now",
// so for the same strength of match it comes first, then a published postmortem (what was
// learnt), then an incident (what happened).
//
// Facets count the matching set as if their own filter were not set (the type facet ignores
// the type filter, the service facet the service filter…), so choosing "incident" still shows
// how many known issues there are.
import type { SearchFacets, SearchType } from './schemas.ts';

export const TYPE_FACTOR: Record<SearchType, number> = { known_issue: 1, postmortem: 0.85, incident: 0.7 };

export interface Candidate {
  type: SearchType;
  id: string;
  /** The type's own score, before the type factor. */
  score: number;
  status: string;
  services: string[];
  /** Root-cause factor categories (incidents and postmortems). */
  categories: string[];
  /** Tie-break: newer first. */
  at: number;
}

export interface Filters {
  type?: SearchType | undefined;
  service?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
}

type FacetName = keyof SearchFacets;

function passes(c: Candidate, f: Filters, except?: FacetName): boolean {
  if (except !== 'type' && f.type && c.type !== f.type) return false;
  if (except !== 'service' && f.service && !c.services.includes(f.service)) return false;
  if (except !== 'status' && f.status && c.status !== f.status) return false;
  if (except !== 'category' && f.category && !c.categories.includes(f.category)) return false;
  return true;
}

function valuesOf(c: Candidate, facet: FacetName): string[] {
  if (facet === 'type') return [c.type];
  if (facet === 'status') return [c.status];
  if (facet === 'service') return [...new Set(c.services)];
  return [...new Set(c.categories)];
}

export function buildFacets(candidates: Candidate[], filters: Filters): SearchFacets {
  const facets: SearchFacets = { type: {}, service: {}, status: {}, category: {} };
  for (const name of Object.keys(facets) as FacetName[]) {
    const counts = facets[name];
    for (const c of candidates) {
      if (!passes(c, filters, name)) continue;
      for (const v of valuesOf(c, name)) counts[v] = (counts[v] ?? 0) + 1;
    }
  }
  return facets;
}

export function finalScore(c: Pick<Candidate, 'type' | 'score'>): number {
  return Math.round(c.score * TYPE_FACTOR[c.type] * 10_000) / 10_000;
}

export function mergeResults(
  candidates: Candidate[],
  filters: Filters,
  { offset, limit }: { offset: number; limit: number },
): { page: (Candidate & { finalScore: number })[]; facets: SearchFacets; total: number; nextOffset: number | null } {
  const matching = candidates
    .filter((c) => passes(c, filters))
    .map((c) => ({ ...c, finalScore: finalScore(c) }))
    .sort((a, b) => b.finalScore - a.finalScore || b.at - a.at || a.id.localeCompare(b.id));
  const page = matching.slice(offset, offset + limit);
  return {
    page,
    facets: buildFacets(candidates, filters),
    total: matching.length,
    nextOffset: offset + limit < matching.length ? offset + limit : null,
  };
}
