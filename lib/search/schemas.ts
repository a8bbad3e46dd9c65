// Search input and output shapes, shared by the route handlers and the OpenAPI document.
import { z } from 'zod';
import { knownIssueStatuses } from '../known-issues/schemas.ts';
import { incidentStatuses } from '../incidents/status-machine.ts';
import { factorCategories } from '../root-causes/schemas.ts';

export const searchTypes = ['known_issue', 'incident', 'postmortem'] as const;
export type SearchType = (typeof searchTypes)[number];

/** Every status a hit can have: known issues' and incidents' (postmortems are all "published"). */
export const searchStatuses = [...new Set([...knownIssueStatuses, ...incidentStatuses, 'published'])] as [string, ...string[]];

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(500).meta({ description: 'What to look for: words, a Chinese phrase, a pasted error line; mixed languages are fine.' }),
  type: z.enum(searchTypes).optional().meta({ description: 'Only this kind of result. Without it: known issues, incidents and published postmortems together.' }),
  service: z.string().trim().min(1).max(100).optional().meta({ description: 'Only results about this service (slug).' }),
  status: z.enum(searchStatuses).optional().meta({ description: 'Only results in this status (known issue: active/fixed/obsolete; incident: investigating…closed; postmortem: published).' }),
  category: z.enum(factorCategories).optional().meta({ description: 'Only incidents and postmortems with a root-cause factor of this category.' }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().regex(/^\d{1,4}$/).optional().meta({ description: 'nextCursor of the previous page.' }),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z
  .object({
    type: z.enum(searchTypes),
    id: z.uuid(),
    title: z.string(),
    snippet: z.string().meta({ description: 'HTML: the matching text, escaped, with matches in <mark>.' }),
    score: z.number().meta({ description: 'Higher is better; comparable within one answer only.' }),
    status: z.string().meta({ description: 'The status of the known issue or incident; "published" for postmortems.' }),
    ref: z.string().optional().meta({ description: 'Incidents and postmortems: the incident reference, e.g. INC-42.' }),
    severity: z.string().optional().meta({ description: 'Incidents and postmortems: SEV1…SEV4.' }),
    services: z.array(z.string()).optional().meta({ description: 'Slugs of the services it is about.' }),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHit>;

const counts = z.record(z.string(), z.number().int());

export const searchFacets = z
  .object({
    type: counts,
    service: counts,
    status: counts,
    category: counts,
  })
  .meta({
    id: 'SearchFacets',
    description: 'Counts over the best matches of each type (as many as the page needs, at least 20). Each facet counts as if its own filter were not set, so the other values stay visible (the service filter, applied in the database, is the exception).',
  });
export type SearchFacets = z.infer<typeof searchFacets>;

export const searchOutput = z
  .object({
    items: z.array(searchHit).meta({ description: 'Best first, all types merged by score.' }),
    facets: searchFacets,
    total: z.number().int().meta({ description: 'How many results match the query and the filters (up to 200 per type).' }),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SearchResults' });
export type SearchOutput = z.infer<typeof searchOutput>;

export const suggestQuery = z.object({
  q: z.string().trim().min(1).max(200).meta({ description: 'What has been typed so far; the last word may be incomplete.' }),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type SuggestQuery = z.infer<typeof suggestQuery>;

export const suggestion = z
  .object({ type: z.enum(searchTypes), id: z.uuid(), title: z.string(), ref: z.string().optional() })
  .meta({ id: 'SearchSuggestion' });
export type Suggestion = z.infer<typeof suggestion>;
export const suggestOutput = z.object({ items: z.array(suggestion) }).meta({ id: 'SearchSuggestions' });
export type SuggestOutput = z.infer<typeof suggestOutput>;

// "Have we seen this before?": known issues (with their workaround) and past incidents that
// match what someone is typing or what an incident says.
export const similarKnownIssue = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(knownIssueStatuses),
    snippet: z.string().meta({ description: 'HTML, escaped, matches in <mark>.' }),
    workaround: z.string().meta({ description: 'What to do right now (Markdown as written).' }),
    workaroundText: z.string().meta({ description: 'The workaround as plain text (Markdown syntax removed), for short previews.' }),
    services: z.array(z.string()),
    score: z.number(),
  })
  .meta({ id: 'SimilarKnownIssue' });
export type SimilarKnownIssue = z.infer<typeof similarKnownIssue>;

export const similarIncident = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    title: z.string(),
    status: z.string(),
    severity: z.string(),
    snippet: z.string(),
    score: z.number(),
  })
  .meta({ id: 'SimilarIncident' });
export type SimilarIncident = z.infer<typeof similarIncident>;

export const similarQuery = z.object({
  q: z.string().trim().min(1).max(2000).meta({ description: 'Title and symptoms typed so far.' }),
  service: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(100)).max(50))
    .default([])
    .meta({ description: 'Affected services (slugs), repeated or comma-separated: entries about them rank higher.' }),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});
export type SimilarQuery = z.infer<typeof similarQuery>;

export const similarOutput = z
  .object({
    knownIssues: z.array(similarKnownIssue),
    incidents: z.array(similarIncident),
  })
  .meta({ id: 'SimilarResults' });
export type SimilarOutput = z.infer<typeof similarOutput>;

export const incidentSimilarOutput = z
  .object({
    suggestions: z.array(similarKnownIssue).meta({ description: 'Known issues not yet linked that match the incident, best first.' }),
    linked: z.array(similarKnownIssue).meta({ description: 'Known issues linked to the incident, with their workaround.' }),
  })
  .meta({ id: 'IncidentSimilarKnownIssues' });
export type IncidentSimilarOutput = z.infer<typeof incidentSimilarOutput>;
