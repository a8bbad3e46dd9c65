// The search API operation, documented with the same schemas the route uses.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { searchOutput, searchQuery } from './schemas.ts';

export const searchPaths: ZodOpenApiPathsObject = {
  '/api/v1/search': {
    get: op({
      summary: 'Search',
      description: [
        'One query over the knowledge base, in Chinese, English or both ("token过期", "CRM 调用失败").',
        'A Chinese query of two or more characters matches inside longer text; English words match their inflections; a pasted error signature ranks its entry first; one typo still finds it.',
        'Best first: signature or title match, then title and signatures above symptoms above other text, active entries above obsolete ones.',
      ].join(' '),
      tags: ['Search'], role: 'viewer', query: searchQuery, response: searchOutput,
    }),
  },
};
