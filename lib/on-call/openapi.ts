// The on-call API operations (issue 14), documented with the same schemas the routes use.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import {
  contactMethodInput,
  contactMethodOutput,
  createOverrideInput,
  createPolicyInput,
  createScheduleInput,
  feedParams,
  idParams,
  incidentRefParams,
  onCallOutput,
  onCallQuery,
  overrideOutput,
  pageOutput,
  policyOutput,
  reassignPageInput,
  scheduleOutput,
  servicesOnCallOutput,
  setNotificationRulesInput,
  teamSlugParams,
  whoIsOnCallQuery,
} from './schemas.ts';

const tags = ['On-call'];
const scheduleSummary = z.object({ id: z.string(), name: z.string(), timeZone: z.string(), team: z.object({ slug: z.string(), name: z.string() }) });

export const onCallPaths: ZodOpenApiPathsObject = {
  '/api/v1/teams/{slug}/schedules': {
    get: op({ summary: "List a team's on-call schedules", tags, role: 'viewer', params: teamSlugParams, response: z.object({ items: z.array(scheduleSummary) }) }),
    post: op({
      summary: 'Create an on-call schedule',
      description: 'Rotations are layers, lowest first: a later rotation wins where it has someone. Needs a responder who is a member of the team (or an admin, or an API token).',
      tags,
      role: 'responder',
      params: teamSlugParams,
      body: createScheduleInput,
      response: scheduleOutput,
      status: 201,
    }),
  },
  '/api/v1/schedules/{id}': {
    get: op({ summary: 'Get an on-call schedule', tags, role: 'viewer', params: idParams, response: scheduleOutput }),
  },
  '/api/v1/schedules/{id}/on-call': {
    get: op({ summary: 'Who is on call at an instant', description: 'With since when (`from`), until when (`until`) and who is `next`.', tags, role: 'viewer', params: idParams, query: onCallQuery, response: onCallOutput }),
  },
  '/api/v1/schedules/{id}/overrides': {
    post: op({ summary: 'Add an override (someone covers from–to)', tags, role: 'responder', params: idParams, body: createOverrideInput, response: overrideOutput, status: 201 }),
  },
  '/api/v1/escalation-policies': {
    get: op({ summary: 'List escalation policies', tags, role: 'viewer', response: z.object({ items: z.array(z.looseObject({ id: z.string(), name: z.string() })) }) }),
    post: op({ summary: 'Create an escalation policy', tags, role: 'responder', body: createPolicyInput, response: policyOutput, status: 201 }),
  },
  '/api/v1/incidents/{ref}/pages': {
    get: op({ summary: "An incident's pages", description: 'One page per person and level, oldest first.', tags, role: 'viewer', params: incidentRefParams, response: z.array(pageOutput) }),
  },
  '/api/v1/pages/{id}/ack': {
    post: op({ summary: 'Acknowledge a page', description: 'Stops the escalation for the incident. The paged person, or any responder.', tags, role: 'viewer', params: idParams, response: pageOutput, errors: ['409'] }),
  },
  '/api/v1/pages/{id}/escalate': {
    post: op({ summary: 'Escalate now', description: 'Pages the next level without waiting.', tags, role: 'viewer', params: idParams, response: z.object({ status: z.string() }), errors: ['409'] }),
  },
  '/api/v1/pages/{id}/reassign': {
    post: op({ summary: 'Reassign a page to someone else at the same level', tags, role: 'viewer', params: idParams, body: reassignPageInput, response: z.object({ paged: z.array(z.string()) }), errors: ['409'] }),
  },
  '/api/v1/me/contact-methods': {
    get: op({ summary: 'My contact methods and notification rules', tags, role: 'viewer', response: z.object({ methods: z.array(contactMethodOutput), rules: z.array(z.looseObject({ id: z.string() })) }) }),
    post: op({ summary: 'Add a contact method', tags, role: 'viewer', body: contactMethodInput, response: contactMethodOutput, status: 201 }),
  },
  '/api/v1/me/contact-methods/{id}': {
    delete: op({ summary: 'Remove a contact method', tags, role: 'viewer', params: idParams, status: 204 }),
  },
  '/api/v1/me/notification-rules': {
    put: op({ summary: 'Replace my notification rules', description: 'Per urgency: which contact method, after how many minutes.', tags, role: 'viewer', body: setNotificationRulesInput, response: setNotificationRulesInput }),
  },
  '/api/v1/on-call/services': {
    get: op({ summary: 'Who is on call for services', description: 'For each service: the schedules its policy names and its owner team has, with now, next and the first coverage gap.', tags, role: 'viewer', query: whoIsOnCallQuery, response: servicesOnCallOutput }),
  },
  '/api/v1/on-call/feeds/{token}': {
    get: op({ summary: 'iCal feed of a schedule or of a person\'s shifts', description: 'The secret URL is the credential: read-only, no sign-in. Answers text/calendar.', tags, role: 'public', params: feedParams }),
  },
};
