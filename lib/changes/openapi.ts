// The change-event API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import {
  announceChangeInput,
  blastRadiusOutput,
  changeIdParams,
  changeListOutput,
  changeOutput,
  changeStatusInput,
  listChangesQuery,
  updateChangeInput,
} from './schemas.ts';

const tags = ['Changes'];

export const changesPaths: ZodOpenApiPathsObject = {
  '/api/v1/changes': {
    get: op({ summary: 'List changes', description: 'Upcoming (soonest first) or recent (latest first) changes, filtered by service, owner team, status and scheduled time.', tags, role: 'viewer', query: listChangesQuery, response: changeListOutput }),
    post: op({
      summary: 'Announce a change',
      description:
        'For people and CI pipelines (API token). Subscribers and the owner teams of dependent services are notified. A change announced with less notice than the service\'s notice period is marked `shortNotice`. With `externalId`, announcing again updates the change and answers 200 instead of 201. Unknown services answer 422 naming `service`.',
      tags, role: 'responder', body: announceChangeInput, response: changeOutput, status: 201,
    }),
  },
  '/api/v1/changes/{id}': {
    get: op({ summary: 'Get a change', tags, role: 'viewer', params: changeIdParams, response: changeOutput }),
    patch: op({
      summary: 'Edit a change',
      description: 'Send `version` and the fields to change; a stale version answers 409 with the current change in `error.current`. Only a scheduled change may be rescheduled.',
      tags, role: 'responder', params: changeIdParams, body: updateChangeInput, response: changeOutput, errors: ['409'],
    }),
  },
  '/api/v1/changes/{id}/status': {
    post: op({
      summary: 'Move a change through its lifecycle',
      description: 'scheduled → in_progress → completed | rolled_back; scheduled → cancelled. Other moves answer 422 (`issues[0].code` = `invalid_transition`). Asking for the current status changes nothing.',
      tags, role: 'responder', params: changeIdParams, body: changeStatusInput, response: changeOutput, errors: ['409'],
    }),
  },
  '/api/v1/changes/{id}/blast-radius': {
    get: op({ summary: 'Blast radius of a change', description: 'Every service depending on the changed one, directly or through others, with their owner teams.', tags, role: 'viewer', params: changeIdParams, response: blastRadiusOutput }),
  },
};
