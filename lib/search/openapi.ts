// The search API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { incidentRefParams } from '../incidents/schemas.ts';
import { incidentSimilarOutput, searchOutput, searchQuery, similarOutput, similarQuery, suggestOutput, suggestQuery } from './schemas.ts';

const tags = ['Search'];

export const searchPaths: ZodOpenApiPathsObject = {
  '/api/v1/search': {
    get: op({
      summary: 'Search',
      description: [
        'One query over known issues, incidents and published postmortems, in Chinese, English or both ("token过期", "CRM 调用失败").',
        'A Chinese query of two or more characters matches inside longer text; English words match their inflections; a pasted error signature ranks its entry first; one typo still finds it.',
        'Best first, all types merged by score: for the same strength of match a known issue (what to do now) comes before a postmortem, which comes before an incident.',
        'Facets (type, service, status, root-cause category) count the matching set; each ignores its own filter. Drafts and postmortems in review are never found.',
      ].join(' '),
      tags, role: 'viewer', query: searchQuery, response: searchOutput,
    }),
  },
  '/api/v1/search/suggest': {
    get: op({
      summary: 'Suggestions while typing',
      description: 'Titles of known issues, incidents and published postmortems containing every typed word, the last one as a prefix. Fast: for a search box, on every keystroke.',
      tags, role: 'viewer', query: suggestQuery, response: suggestOutput,
    }),
  },
  '/api/v1/search/similar': {
    get: op({
      summary: 'Have we seen this before?',
      description: 'Known issues (with their workaround) and past incidents that match a description being typed, e.g. the title and symptoms of an incident about to be declared. Entries about the given services rank higher.',
      tags, role: 'viewer', query: similarQuery, response: similarOutput,
    }),
  },
  '/api/v1/incidents/{ref}/similar': {
    get: op({
      summary: 'Known issues similar to an incident',
      description: "Known issues matching the incident's title, newest timeline notes and summary, those about its services first, excluding the linked ones; and the linked known issues, with their workaround.",
      tags, role: 'viewer', params: incidentRefParams, response: incidentSimilarOutput,
    }),
  },
};
