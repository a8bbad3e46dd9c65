// The change-event API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { incidentRefParams } from '../incidents/schemas.ts';
import { whoToCallOutput } from '../incidents/who-to-call-schemas.ts';
import { acknowledgeChangeInput, acknowledgementListOutput, acknowledgementOutput } from './acknowledgement-schemas.ts';
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
import { blastRadiusPreviewOutput, previewBlastRadiusQuery } from './preview-schemas.ts';
import { linkChangeInput, linkChangeOutput, recentChangesOutput, recentChangesQuery } from './recent-changes-schemas.ts';

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
  '/api/v1/changes/blast-radius-preview': {
    get: op({ summary: 'Preview the blast radius of a change on a service', description: 'Before announcing: every service depending on it (transitively) with their owner teams, and the service\'s notice period.', tags, role: 'viewer', query: previewBlastRadiusQuery, response: blastRadiusPreviewOutput }),
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
      description: 'scheduled → in_progress → completed | rolled_back; scheduled → cancelled. Other moves answer 422 (`issues[0].code` = `invalid_transition`). Asking for the current status changes nothing. Starting (`in_progress`) before `scheduledAt` answers 409 with `reasons: ["early_start"]` unless `confirmEarlyStart` is true; starting while notified teams have not acknowledged answers 409 with `reasons: ["unacknowledged"]` and `unacknowledgedTeams` unless `confirmUnacknowledged` (or, for an early start, `confirmEarlyStart`) is true. One 409 names every reason. What was confirmed is kept on the change (`startedEarly`, `startedUnacknowledgedTeams`) and told in the start notifications. Only the owner team of the service (the announcing team), the announcer, API tokens and administrators may move a change (403 otherwise).',
      tags, role: 'responder', params: changeIdParams, body: changeStatusInput, response: changeOutput, errors: ['409'],
    }),
  },
  '/api/v1/changes/{id}/blast-radius': {
    get: op({ summary: 'Blast radius of a change', description: 'Every service depending on the changed one, directly or through others, with their owner teams.', tags, role: 'viewer', params: changeIdParams, response: blastRadiusOutput }),
  },
  '/api/v1/changes/{id}/acknowledgements': {
    get: op({ summary: 'Acknowledgements of a change', description: 'Every team asked to acknowledge the change (the teams notified at announcement), who acknowledged, when, with their note, and who has not yet.', tags, role: 'viewer', params: changeIdParams, response: acknowledgementListOutput }),
    post: op({
      summary: 'Acknowledge a change for a team',
      description: '"We checked our side." Any member of the team with the responder role, or an administrator. Only teams that were notified can acknowledge (422 `not_notified`); others answer 403. Idempotent: acknowledging again answers the first acknowledgement.',
      tags, role: 'responder', params: changeIdParams, body: acknowledgeChangeInput, response: acknowledgementOutput,
    }),
  },
  '/api/v1/incidents/{ref}/recent-changes': {
    get: op({
      summary: 'Recent changes on an incident\'s services',
      description: 'Changes on the incident\'s services and on everything they depend on (transitively), scheduled, started or in progress in the window from `hours` before the incident started (default 24) to its declaration, nearest first. While the incident is open the window runs to now, and changes scheduled within `upcomingHours` (default 6) are added; each item\'s `relation` says started_during (started after the incident began), in_progress, upcoming or before, in that order. Cancelled changes are left out.',
      tags, role: 'viewer', params: incidentRefParams, query: recentChangesQuery, response: recentChangesOutput,
    }),
  },
  '/api/v1/incidents/{ref}/who-to-call': {
    get: op({
      summary: 'Who to call on an incident',
      description: 'The incident\'s own services with their owner teams and contacts in escalation order, then the services it depends on (transitively) that had a change in the recent-changes window or have an open incident of their own, nearest first, with those changes and incidents.',
      tags, role: 'viewer', params: incidentRefParams, response: whoToCallOutput,
    }),
  },
  '/api/v1/incidents/{ref}/change-links': {
    post: op({
      summary: 'Link a change as the incident\'s trigger',
      description: 'Creates a trigger factor (category from the change\'s kind) whose description names and links the change, and records the link. Linking the same change again answers the existing factor with 200.',
      tags, role: 'responder', params: incidentRefParams, body: linkChangeInput, response: linkChangeOutput, status: 201,
    }),
  },
};
