// The root-cause analysis API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { incidentRefParams } from '../incidents/schemas.ts';
import {
  addFactorInput,
  analysisOutput,
  countFactorsQuery,
  detectionInput,
  detectionOutput,
  factorCountsOutput,
  factorOutput,
  factorKnownIssueParams,
  factorParams,
  updateFactorInput,
} from './schemas.ts';

const tags = ['Root causes'];

export const rootCausesPaths: ZodOpenApiPathsObject = {
  '/api/v1/incidents/{ref}/factors': {
    get: op({ summary: "List an incident's factors and detection record", tags, role: 'viewer', params: incidentRefParams, response: analysisOutput }),
    post: op({ summary: 'Add a factor (trigger, root cause, contributing or mitigating)', tags, role: 'responder', params: incidentRefParams, body: addFactorInput, response: factorOutput, status: 201 }),
  },
  '/api/v1/incidents/{ref}/factors/{id}': {
    patch: op({
      summary: 'Change a factor',
      description: 'Needs the version the change is based on; a stale one answers 409 with the current factor in `error.current`.',
      tags,
      role: 'responder',
      params: factorParams,
      body: updateFactorInput,
      response: factorOutput,
      errors: ['409'],
    }),
    delete: op({ summary: 'Remove a factor', tags, role: 'responder', params: factorParams, status: 204 }),
  },
  '/api/v1/incidents/{ref}/factors/{id}/known-issues/{knownIssueId}': {
    put: op({ summary: 'Link a factor to a known issue', description: 'Idempotent; answers the factor with its linked known issues.', tags, role: 'responder', params: factorKnownIssueParams, response: factorOutput }),
    delete: op({ summary: 'Unlink a factor from a known issue', description: 'Idempotent; answers the factor with its linked known issues.', tags, role: 'responder', params: factorKnownIssueParams, response: factorOutput }),
  },
  '/api/v1/incidents/{ref}/detection': {
    put: op({
      summary: 'Record how the incident was detected',
      description: 'Send `version` 0 for the first record, then the current version; a stale one answers 409 with the current record.',
      tags,
      role: 'responder',
      params: incidentRefParams,
      body: detectionInput,
      response: detectionOutput,
      errors: ['409'],
    }),
  },
  '/api/v1/factor-counts': {
    get: op({
      summary: 'Count factors by category',
      description: 'Over incidents declared in [from, to), drills left out; optionally one factor kind and one service. Gives the number of factors and of distinct incidents per category.',
      tags,
      role: 'viewer',
      query: countFactorsQuery,
      response: factorCountsOutput,
    }),
  },
};
