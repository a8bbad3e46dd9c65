// The home page's API operation, documented with the schema the route returns.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { homeOutput } from './schemas.ts';

export const homePaths: ZodOpenApiPathsObject = {
  '/api/v1/home': {
    get: op({
      summary: 'What you start the day with',
      description: 'Open incidents (yours first), changes your teams owe an acknowledgement, postmortems waiting for your review, your overdue action items, changes in the next 7 days on what your teams run and depend on, and the counts behind the first steps of a new install.',
      tags: ['Home'], role: 'viewer', response: homeOutput,
    }),
  },
};
