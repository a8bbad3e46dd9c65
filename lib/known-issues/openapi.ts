// The known-issues API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import {
  createKnownIssueInput,
  knownIssueIncidentParams,
  knownIssueListOutput,
  knownIssueOutput,
  knownIssueParams,
  knownIssueRevisionsOutput,
  linkIncidentInput,
  listKnownIssuesQuery,
  setKnownIssueStatusInput,
  updateKnownIssueInput,
} from './schemas.ts';

const tags = ['Known issues'];

export const knownIssuesPaths: ZodOpenApiPathsObject = {
  '/api/v1/known-issues': {
    get: op({ summary: 'List known issues', description: 'Most recently changed first; filters combine with AND.', tags, role: 'viewer', query: listKnownIssuesQuery, response: knownIssueListOutput }),
    post: op({
      summary: 'Write a known issue',
      description: 'Only the title is required. Unknown services are named by position (`services.0`). The entry is searchable as soon as this answers.',
      tags, role: 'responder', body: createKnownIssueInput, response: knownIssueOutput, status: 201,
    }),
  },
  '/api/v1/known-issues/{id}': {
    get: op({ summary: 'Get a known issue', description: 'With its services, owner team and linked incidents.', tags, role: 'viewer', params: knownIssueParams, response: knownIssueOutput }),
    patch: op({
      summary: 'Edit a known issue',
      description: 'Send `version` and the fields to change. A stale version answers 409 with the current entry in `error.current`. The previous text is kept as a revision.',
      tags, role: 'responder', params: knownIssueParams, body: updateKnownIssueInput, response: knownIssueOutput, errors: ['409'],
    }),
  },
  '/api/v1/known-issues/{id}/revisions': {
    get: op({ summary: 'History of a known issue', description: 'Earlier states, newest first.', tags, role: 'viewer', params: knownIssueParams, response: knownIssueRevisionsOutput }),
  },
  '/api/v1/known-issues/{id}/status': {
    put: op({
      summary: 'Mark a known issue active, fixed or obsolete',
      description: 'No version needed. Obsolete entries rank below active ones in search.',
      tags, role: 'responder', params: knownIssueParams, body: setKnownIssueStatusInput, response: knownIssueOutput, errors: ['409'],
    }),
  },
  '/api/v1/known-issues/{id}/incidents': {
    post: op({ summary: 'Link an incident', description: 'Idempotent: linking twice keeps one link.', tags, role: 'responder', params: knownIssueParams, body: linkIncidentInput, response: knownIssueOutput }),
  },
  '/api/v1/known-issues/{id}/incidents/{ref}': {
    delete: op({ summary: 'Unlink an incident', description: 'Idempotent.', tags, role: 'responder', params: knownIssueIncidentParams, response: knownIssueOutput }),
  },
};
