// The alerts domain's API operations: the senders' receivers (public, the key is the
// credential), alerts, sources and routing rules, documented with the schemas the routes use.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { incidentRefParams } from '../incidents/schemas.ts';
import {
  alertDetailOutput, alertListOutput, alertRuleOutput, alertSourceDetailOutput, alertSourceOutput, changeExpectationInput, createAlertRuleInput,
  createAlertSourceInput, createdAlertSourceOutput, idParams, keyParams, listAlertRulesQuery, listAlertsQuery, testAlertRuleInput, testAlertRuleOutput,
  updateAlertRuleInput, updateAlertSourceInput,
} from './schemas.ts';
import { alertmanagerWebhook, grafanaWebhook, pagerDutyEvent } from './sender-schemas.ts';

const tags = ['Alerts'];
const receiveNotes = `Malformed JSON 400, wrong content type 415, unknown key 404, disabled source 403, oversized body 413
(ALERT_MAX_BODY_BYTES), missing or wrong fields 422 naming them; each refusal is also listed on the source.
Over the per-source rate limit: 429 with Retry-After. Repeats (same dedup key, same status) change only
lastSeenAt and the occurrence count; routing happens after the answer, in the worker.`;

const webhookReceipt = z.object({ status: z.literal('success'), accepted: z.number().int(), queued: z.number().int(), truncatedAlerts: z.number().int() }).meta({ id: 'AlertWebhookReceipt' });
const eventReceipt = z.object({ status: z.literal('success'), message: z.literal('Event processed'), dedup_key: z.string() }).meta({ id: 'AlertEventReceipt' });
const expectationOutput = z.object({ changeId: z.uuid(), expectAlerts: z.boolean(), graceMinutes: z.number().int().nullable() }).meta({ id: 'AlertChangeExpectation' });

const eventsOp = (summary: string) =>
  op({
    summary,
    description: `The PagerDuty Events API v2: \`routing_key\` is the source key; trigger / acknowledge / resolve; a trigger without \`dedup_key\` gets one (the hash of the body, so a retried request is not doubled). Answered 202 as PagerDuty does.\n\n${receiveNotes}`,
    tags, role: 'public', body: pagerDutyEvent, response: eventReceipt, status: 202, errors: ['403', '404', '429'],
  });

export const alertsPaths: ZodOpenApiPathsObject = {
  '/api/v1/alerts/alertmanager/{key}': {
    post: op({ summary: 'Receive an Alertmanager webhook', description: `Alertmanager \`webhook_configs\` body (version 4): one alert per entry of \`alerts[]\`, deduplicated on \`fingerprint\`.\n\n${receiveNotes}`, tags, role: 'public', params: keyParams, body: alertmanagerWebhook, response: webhookReceipt, errors: ['403', '429'] }),
  },
  '/api/v1/alerts/grafana/{key}': {
    post: op({ summary: 'Receive a Grafana webhook', description: `Grafana alerting webhook contact point body.\n\n${receiveNotes}`, tags, role: 'public', params: keyParams, body: grafanaWebhook, response: webhookReceipt, errors: ['403', '429'] }),
  },
  '/api/v1/alerts/events': { post: eventsOp('Receive a PagerDuty Events v2 event') },
  '/v2/enqueue': { post: { ...eventsOp('Receive a PagerDuty Events v2 event (PagerDuty’s path)'), operationId: 'enqueuePagerDutyEvent' } },
  '/api/v1/alerts': {
    get: op({ summary: 'List alerts', description: 'Newest first; filter by service slug, status, source id and severity.', tags, role: 'viewer', query: listAlertsQuery, response: alertListOutput }),
  },
  '/api/v1/alerts/live': {
    get: op({ summary: 'Follow the alerts list (Server-Sent Events)', description: 'An `incident` frame with kind `alerts.updated` whenever routing changed an alert.', tags, role: 'viewer', responseDescription: 'text/event-stream' }),
  },
  '/api/v1/alerts/{id}': {
    get: op({ summary: 'Get an alert', description: 'With labels, annotations, its history and the last raw payload.', tags, role: 'viewer', params: idParams, response: alertDetailOutput }),
  },
  '/api/v1/incidents/{ref}/alerts': {
    get: op({ summary: 'List the alerts of an incident', tags, role: 'viewer', params: incidentRefParams, response: z.object({ items: alertListOutput.shape.items }) }),
  },
  '/api/v1/alert-sources': {
    get: op({ summary: 'List alert sources', tags, role: 'admin', response: z.object({ items: z.array(alertSourceOutput) }) }),
    post: op({ summary: 'Create an alert source', description: 'Answers the key once, inside `url` (the path to post to). A new source starts with default rules.', tags, role: 'admin', body: createAlertSourceInput, response: createdAlertSourceOutput, status: 201 }),
  },
  '/api/v1/alert-sources/{id}': {
    get: op({ summary: 'Get an alert source', description: 'Counts, last received and the last 20 rejected payloads with the reason.', tags, role: 'admin', params: idParams, response: alertSourceDetailOutput }),
    patch: op({ summary: 'Update an alert source', description: 'Rename, enable/disable, change the default service.', tags, role: 'admin', params: idParams, body: updateAlertSourceInput, response: alertSourceDetailOutput }),
  },
  '/api/v1/alert-sources/{id}/rotate-key': {
    post: op({ summary: 'Rotate an alert source key', description: 'The old key stops working at once; the new one is answered once.', tags, role: 'admin', params: idParams, response: createdAlertSourceOutput }),
  },
  '/api/v1/alert-rules': {
    get: op({ summary: 'List routing rules', description: 'With `source`: that source’s own rules, then the global ones, in the order they apply.', tags, role: 'admin', query: listAlertRulesQuery, response: z.object({ items: z.array(alertRuleOutput) }) }),
    post: op({ summary: 'Create a routing rule', tags, role: 'admin', body: createAlertRuleInput, response: alertRuleOutput, status: 201 }),
  },
  '/api/v1/alert-rules/{id}': {
    patch: op({ summary: 'Update a routing rule', tags, role: 'admin', params: idParams, body: updateAlertRuleInput, response: alertRuleOutput }),
    delete: op({ summary: 'Delete a routing rule', tags, role: 'admin', params: idParams, status: 204 }),
  },
  '/api/v1/alert-rules/test': {
    post: op({ summary: 'Test a routing rule', description: 'Runs an unsaved rule against a pasted payload (in the source’s format) or the source’s last 50 alerts; writes nothing.', tags, role: 'admin', body: testAlertRuleInput, response: testAlertRuleOutput }),
  },
  '/api/v1/changes/{id}/alert-expectation': {
    get: op({ summary: 'Whether a change expects alerts', tags, role: 'viewer', params: idParams, response: expectationOutput }),
    put: op({ summary: 'Mark a change "expect alerts during the window"', description: 'Alerts of its service (and of services depending on it) are recorded and flagged, and declare nothing until the change has finished plus `graceMinutes`.', tags, role: 'responder', params: idParams, body: changeExpectationInput, response: expectationOutput }),
    delete: op({ summary: 'Stop expecting alerts for a change', tags, role: 'responder', params: idParams, response: expectationOutput }),
  },
};
