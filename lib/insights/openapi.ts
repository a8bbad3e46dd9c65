// The insights API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { insightsQuery, insightsSummaryOutput } from './schemas.ts';

const tags = ['Insights'];

export const insightsPaths: ZodOpenApiPathsObject = {
  '/api/v1/insights/summary': {
    get: op({
      summary: 'Incident insights over a period',
      description:
        'Counts by severity; time to detect, acknowledge, mitigate and resolve (mean, median, p90 in seconds; null without data); root causes by category; the share with a linked trigger change; action-item completion and overdue count. Drills are left out unless `drills=include|only`. Definitions: docs/insights.md.',
      tags,
      role: 'viewer',
      query: insightsQuery,
      response: insightsSummaryOutput,
    }),
  },
};
