// The bodies each sender posts, as their documentation gives them. Unknown keys are ignored
// (newer Alertmanager and Grafana versions add some); what Firebreak needs is checked with
// messages that name the field.
//
// - Alertmanager webhook, version 4: https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
// - Grafana alerting webhook contact point (same shape plus orgId, title, state, message,
//   values/valueString, dashboardURL, panelURL, silenceURL)
// - PagerDuty Events API v2: https://developer.pagerduty.com/docs/events-api-v2/trigger-events/
import { z } from 'zod';

const stringMap = z.record(z.string(), z.unknown()).default({});
const time = z.string().max(64).optional();

export const webhookAlert = z.object({
  status: z.enum(['firing', 'resolved'], { error: 'status is "firing" or "resolved".' }),
  labels: z.record(z.string(), z.unknown(), { error: 'labels is an object of label names to values.' }),
  annotations: stringMap,
  startsAt: time,
  endsAt: time,
  generatorURL: z.string().max(4000).optional(),
  fingerprint: z.string().min(1).max(200).optional(),
});
export type WebhookAlert = z.infer<typeof webhookAlert>;

export const alertmanagerWebhook = z.object({
  version: z.string().max(10).optional(),
  receiver: z.string().max(500).optional(),
  status: z.enum(['firing', 'resolved']).optional(),
  alerts: z.array(webhookAlert, { error: 'alerts is a list of alerts.' }).max(20_000),
  groupLabels: stringMap,
  commonLabels: stringMap,
  commonAnnotations: stringMap,
  externalURL: z.string().max(4000).optional(),
  groupKey: z.string().max(4000).optional(),
  truncatedAlerts: z.number().int().min(0).optional(),
});
export type AlertmanagerWebhook = z.infer<typeof alertmanagerWebhook>;

export const grafanaWebhook = alertmanagerWebhook.extend({
  alerts: z
    .array(
      webhookAlert.extend({
        values: z.record(z.string(), z.unknown()).nullable().optional(),
        valueString: z.string().max(10_000).optional(),
        dashboardURL: z.string().max(4000).optional(),
        panelURL: z.string().max(4000).optional(),
        silenceURL: z.string().max(4000).optional(),
      }),
      { error: 'alerts is a list of alerts.' },
    )
    .max(20_000),
  orgId: z.number().optional(),
  title: z.string().max(2000).optional(),
  state: z.string().max(50).optional(),
  message: z.string().max(100_000).optional(),
});
export type GrafanaWebhook = z.infer<typeof grafanaWebhook>;

export const pagerDutySeverities = ['critical', 'error', 'warning', 'info'] as const;

const pdPayload = z.object({
  summary: z.string({ error: 'payload.summary is required.' }).min(1, { error: 'payload.summary is required.' }).max(1024, { error: 'payload.summary is at most 1024 characters.' }),
  source: z.string({ error: 'payload.source is required.' }).min(1, { error: 'payload.source is required.' }).max(255),
  severity: z.enum(pagerDutySeverities, { error: 'payload.severity is critical, error, warning or info.' }),
  timestamp: z.string().max(64).optional(),
  component: z.string().max(255).optional(),
  group: z.string().max(255).optional(),
  class: z.string().max(255).optional(),
  custom_details: z.unknown().optional(),
});

export const pagerDutyEvent = z
  .object({
    routing_key: z.string({ error: 'routing_key is required: the source key.' }).min(1, { error: 'routing_key is required: the source key.' }).max(200),
    event_action: z.enum(['trigger', 'acknowledge', 'resolve'], { error: 'event_action is trigger, acknowledge or resolve.' }),
    dedup_key: z.string().min(1).max(255, { error: 'dedup_key is at most 255 characters.' }).optional(),
    payload: pdPayload.optional(),
    client: z.string().max(255).optional(),
    client_url: z.string().max(4000).optional(),
    links: z.array(z.object({ href: z.string().max(4000), text: z.string().max(1000).optional() })).max(50).optional(),
    images: z.array(z.object({ src: z.string().max(4000), href: z.string().max(4000).optional(), alt: z.string().max(1000).optional() })).max(50).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.event_action === 'trigger' && !v.payload) ctx.addIssue({ code: 'custom', path: ['payload'], message: 'payload is required for a trigger.' });
    if (v.event_action !== 'trigger' && !v.dedup_key) ctx.addIssue({ code: 'custom', path: ['dedup_key'], message: `dedup_key is required to ${v.event_action}.` });
  });
export type PagerDutyEvent = z.infer<typeof pagerDutyEvent>;
