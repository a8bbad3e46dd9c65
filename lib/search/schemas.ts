// Search input and output shapes, shared by the route handler and the OpenAPI document.
import { z } from 'zod';
import { knownIssueStatusField } from '../known-issues/schemas.ts';

export const searchTypes = ['known_issue'] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(500).meta({ description: 'What to look for: words, a Chinese phrase, a pasted error line; mixed languages are fine.' }),
  type: z.enum(searchTypes).default('known_issue').meta({ description: 'What to search. Incidents and postmortems will follow.' }),
  service: z.string().trim().min(1).max(100).optional().meta({ description: 'Only entries affecting this service (slug).' }),
  status: knownIssueStatusField.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z
  .object({
    type: z.enum(searchTypes),
    id: z.uuid(),
    title: z.string(),
    snippet: z.string().meta({ description: 'HTML: the matching text, escaped, with matches in <mark>.' }),
    score: z.number().meta({ description: 'Higher is better; comparable within one answer only.' }),
    status: knownIssueStatusField,
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHit>;

export const searchOutput = z
  .object({ items: z.array(searchHit).meta({ description: 'Best first.' }) })
  .meta({ id: 'SearchResults' });
export type SearchOutput = z.infer<typeof searchOutput>;
