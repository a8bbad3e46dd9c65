// The drills API operations, documented with the same schemas the routes use.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { createScenarioInput, drillCheckParams, drillOutput, drillParams, drillReportOutput, finishDrillInput, scenarioOutput, scheduleDrillInput } from './schemas.ts';

const tags = ['Drills'];

export const drillsPaths: ZodOpenApiPathsObject = {
  '/api/v1/drills/scenarios': {
    get: op({ summary: 'The scenarios library', tags, role: 'viewer', response: z.object({ items: z.array(scenarioOutput), nextCursor: z.null() }) }),
    post: op({
      summary: 'Create a scenario from a known issue and/or a past incident',
      description: 'Empty title, services and symptoms are filled from the known issue (its error signatures and symptoms) or the incident (its highlighted entries).',
      tags, role: 'responder', body: createScenarioInput, response: scenarioOutput, status: 201,
    }),
  },
  '/api/v1/drills/scenarios/{id}': { get: op({ summary: 'One scenario', tags, role: 'viewer', params: drillParams, response: scenarioOutput }) },
  '/api/v1/drills': {
    get: op({ summary: 'Upcoming and past drills', tags, role: 'viewer', response: z.object({ upcoming: z.array(drillOutput), past: z.array(drillOutput) }) }),
    post: op({ summary: 'Schedule a drill (optionally start it now)', description: 'Each invited team is told through its inbox.', tags, role: 'responder', body: scheduleDrillInput, response: drillOutput, status: 201 }),
  },
  '/api/v1/drills/{id}': { get: op({ summary: "A drill and its report", tags, role: 'viewer', params: drillParams, response: drillReportOutput }) },
  '/api/v1/drills/{id}/start': {
    post: op({ summary: 'Start a scheduled drill', description: "Declares the drill incident with the scenario's symptoms as its opening timeline entries.", tags, role: 'responder', params: drillParams, response: drillOutput, errors: ['409'] }),
  },
  '/api/v1/drills/{id}/reveal': { post: op({ summary: "Reveal the known issue's workaround", tags, role: 'responder', params: drillParams, response: drillOutput, errors: ['409'] }) },
  '/api/v1/drills/{id}/checks/{index}': { put: op({ summary: 'Mark an expected action done', description: 'Idempotent: the first mark keeps its time.', tags, role: 'responder', params: drillCheckParams, response: drillOutput, errors: ['409'] }) },
  '/api/v1/drills/{id}/finish': { post: op({ summary: 'Finish a drill with what was missing', tags, role: 'responder', params: drillParams, body: finishDrillInput, response: drillOutput, errors: ['409'] }) },
};
