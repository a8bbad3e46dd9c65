// The teams API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op, pageOf } from '../api/openapi/helpers.ts';
import {
  createTeamInput,
  listTeamsQuery,
  setTeamMemberInput,
  teamMemberParams,
  teamOutput,
  teamSlugParams,
  updateTeamInput,
} from './schemas.ts';

const tags = ['Teams'];

export const teamsPaths: ZodOpenApiPathsObject = {
  '/api/v1/teams': {
    get: op({ summary: 'List teams', description: 'Ordered by slug.', tags, role: 'viewer', query: listTeamsQuery, response: pageOf(teamOutput) }),
    post: op({
      summary: 'Create a team',
      description: 'A slug already in use answers 409.',
      tags,
      role: 'responder',
      body: createTeamInput,
      response: teamOutput,
      status: 201,
      errors: ['409'],
    }),
  },
  '/api/v1/teams/{slug}': {
    get: op({ summary: 'Get a team', tags, role: 'viewer', params: teamSlugParams, response: teamOutput }),
    patch: op({
      summary: 'Update a team',
      description: 'Send any subset of the fields.',
      tags,
      role: 'responder',
      params: teamSlugParams,
      body: updateTeamInput,
      response: teamOutput,
      errors: ['409'],
    }),
    delete: op({
      summary: 'Delete a team',
      description: 'Refused with 409 while the team owns services (listed in `error.services`).',
      tags,
      role: 'responder',
      params: teamSlugParams,
      status: 204,
      errors: ['409'],
    }),
  },
  '/api/v1/teams/{slug}/members/{userId}': {
    put: op({
      summary: 'Add a member or change their role',
      tags,
      role: 'responder',
      params: teamMemberParams,
      body: setTeamMemberInput,
      response: teamOutput,
    }),
    delete: op({ summary: 'Remove a member', tags, role: 'responder', params: teamMemberParams, response: teamOutput }),
  },
};
