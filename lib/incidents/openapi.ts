// The incidents and timeline API operations, documented with the same schemas the routes use.
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { requestIdHeader } from '../api/openapi/error-responses.ts';
import { op } from '../api/openapi/helpers.ts';
import {
  addTimelineEntryInput,
  deleteTimelineEntryInput,
  editTimelineEntryInput,
  listTimelineQuery,
  timelineEntryOutput,
  timelineEntryParams,
  timelineHistoryOutput,
  timelineListOutput,
  tombstoneOutput,
} from '../timeline/schemas.ts';
import {
  activeIncidentsOutput,
  assignRoleInput,
  declareIncidentInput,
  incidentListOutput,
  incidentOutput,
  incidentRefParams,
  listIncidentsQuery,
  postStakeholderUpdateInput,
  severityDescriptionsSchema,
  stakeholderUpdateOutput,
  updateIncidentInput,
} from './schemas.ts';

const tags = ['Incidents'];

const idempotencyHeaders = z.object({
  'Idempotency-Key': z.string().max(200).optional().meta({
    description: 'Any unique string (a UUID is ideal). A retry with the same key for the same incident returns the original instead of creating another.',
  }),
});

/** A POST that honours Idempotency-Key: 201 when created, 200 + Idempotent-Replayed when replayed. */
function idempotentPost(operation: ZodOpenApiOperationObject, response: z.ZodType, what: string): ZodOpenApiOperationObject {
  return {
    ...operation,
    requestParams: { ...operation.requestParams, header: idempotencyHeaders },
    responses: {
      ...operation.responses,
      '200': {
        description: `A retry with an Idempotency-Key already used on this incident: the original ${what}, nothing new created.`,
        headers: z.object({ 'x-request-id': requestIdHeader, 'Idempotent-Replayed': z.literal('true').meta({ description: 'Always "true".' }) }),
        content: { 'application/json': { schema: response } },
      },
    },
  };
}

export const incidentsPaths: ZodOpenApiPathsObject = {
  '/api/v1/incidents': {
    get: op({ summary: 'List incidents', description: 'Filters combine with AND; keyset pagination is stable while incidents change.', tags, role: 'viewer', query: listIncidentsQuery, response: incidentListOutput }),
    post: op({
      summary: 'Declare an incident',
      description: 'Title and severity are enough. The declarer (a person, not a token) becomes commander; a "declared" entry starts the timeline. Unknown services are named by position (`services.0`).',
      tags, role: 'responder', body: declareIncidentInput, response: incidentOutput, status: 201,
    }),
  },
  '/api/v1/incidents/active': {
    get: op({ summary: 'Active incidents', description: 'For the banner: open incidents, drills excluded, most severe first.', tags, role: 'viewer', response: activeIncidentsOutput }),
  },
  '/api/v1/incidents/{ref}': {
    get: op({ summary: 'Get an incident', description: 'With affected services (owner team, contacts: who to call), roles and derived durations.', tags, role: 'viewer', params: incidentRefParams, response: incidentOutput }),
    patch: op({
      summary: 'Edit an incident',
      description: 'Send `version` and the fields to change. A stale version answers 409 with the current incident in `error.current`. Invalid status moves answer 422. Each change writes a timeline entry.',
      tags, role: 'responder', params: incidentRefParams, body: updateIncidentInput, response: incidentOutput, errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/timeline': {
    get: op({ summary: 'Read the timeline', description: 'Ordered by occurredAt, then recordedAt. With `after`, only what changed since a syncCursor.', tags, role: 'viewer', params: incidentRefParams, query: listTimelineQuery, response: timelineListOutput }),
    post: idempotentPost(
      op({
        summary: 'Add a timeline entry',
        description: 'Kinds: note, action, stakeholder_update, alert, linked_change (status_change and field_change are written by the system). Markdown body up to 20,000 characters.',
        tags, role: 'responder', params: incidentRefParams, body: addTimelineEntryInput, response: timelineEntryOutput, status: 201,
      }),
      timelineEntryOutput,
      'entry',
    ),
  },
  '/api/v1/incidents/{ref}/timeline/{entryId}': {
    patch: op({
      summary: 'Edit or highlight an entry',
      description: 'Changing body or occurredAt needs the entry `version` (stale: 409 with `error.current`) and keeps the earlier text in the history. `highlighted` alone needs no version. Responders, or the entry author. System entries may only be highlighted.',
      tags, role: 'viewer', params: timelineEntryParams, body: editTimelineEntryInput, response: timelineEntryOutput, errors: ['409'],
    }),
    delete: op({
      summary: 'Delete an entry (soft)',
      description: 'Needs a reason. The entry becomes a tombstone; its text stays in the audit log. Responders, or the entry author.',
      tags, role: 'viewer', params: timelineEntryParams, body: deleteTimelineEntryInput, response: tombstoneOutput,
    }),
  },
  '/api/v1/incidents/{ref}/timeline/{entryId}/history': {
    get: op({ summary: 'Edit history of an entry', tags, role: 'viewer', params: timelineEntryParams, response: timelineHistoryOutput }),
  },
  '/api/v1/incidents/{ref}/stakeholder-updates': {
    post: idempotentPost(
      op({
        summary: 'Post a stakeholder update',
        description: 'Rendered with the update template in the author\'s language, posted as a stakeholder_update entry; sets the incident\'s nextUpdateAt.',
        tags, role: 'responder', params: incidentRefParams, body: postStakeholderUpdateInput, response: stakeholderUpdateOutput, status: 201,
      }),
      stakeholderUpdateOutput,
      'update',
    ),
  },
  '/api/v1/incidents/{ref}/roles': {
    put: op({ summary: 'Assign a role', description: 'commander, communications and scribe have one holder: assigning replaces the previous one.', tags, role: 'responder', params: incidentRefParams, body: assignRoleInput, response: incidentOutput }),
    delete: op({ summary: 'Remove a role', tags, role: 'responder', params: incidentRefParams, body: assignRoleInput, response: incidentOutput }),
  },
  '/api/v1/severities': {
    get: op({ summary: 'Severity descriptions', tags, role: 'viewer', response: severityDescriptionsSchema }),
    put: op({ summary: 'Replace severity descriptions', description: 'All four severities, in English and Chinese.', tags, role: 'admin', body: severityDescriptionsSchema, response: severityDescriptionsSchema }),
  },
};
