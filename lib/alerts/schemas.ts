// Input and output shapes of the alerts domain: sources, alerts, routing rules. One zod schema
// per input, shared by the route handlers, the admin forms and the OpenAPI document. The
// senders' own bodies (Alertmanager, Grafana, PagerDuty Events v2) live in sender-schemas.ts.
import { z } from 'zod';
import { severities } from '../incidents/schemas.ts';

export const alertSourceTypes = ['alertmanager', 'grafana', 'events'] as const;
export type AlertSourceType = (typeof alertSourceTypes)[number] | 'checks';
export const alertStatuses = ['firing', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof alertStatuses)[number];
export const ruleActions = ['declare', 'attach', 'record', 'suppress', 'page'] as const;
export type RuleAction = (typeof ruleActions)[number];
export const resolveActions = ['note', 'monitoring', 'resolve'] as const;
export const resolveOns = ['first', 'last', 'all'] as const;
export const matcherOps = ['equals', 'regex', 'exists'] as const;

const slug = z.string().trim().min(1).max(100);

export const createAlertSourceInput = z
  .object({
    name: z.string().trim().min(1, { error: 'Give the source a name.' }).max(100),
    type: z.enum(alertSourceTypes, { error: 'Choose a type: alertmanager, grafana or events.' }),
    service: slug.optional().meta({ description: 'Slug of the default service for alerts that do not name one.' }),
    enabled: z.boolean().default(true),
  })
  .meta({ id: 'CreateAlertSourceInput' });
export type CreateAlertSourceInput = z.infer<typeof createAlertSourceInput>;

export const updateAlertSourceInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    service: slug.nullable().meta({ description: 'Default service slug; null clears it.' }),
    enabled: z.boolean(),
  })
  .partial()
  .meta({ id: 'UpdateAlertSourceInput' });
export type UpdateAlertSourceInput = z.infer<typeof updateAlertSourceInput>;

export const idParams = z.object({ id: z.uuid({ error: 'Not an id.' }) });
export const keyParams = z.object({ key: z.string().min(1).max(200) });

export const createdAlertSourceOutput = z
  .object({
    id: z.uuid(),
    type: z.string(),
    name: z.string(),
    key: z.string().meta({ description: 'Shown once: only its hash is kept.' }),
    url: z.string().meta({ description: 'The path to post alerts to (relative to the app URL).' }),
  })
  .meta({ id: 'CreatedAlertSource' });
export type CreatedAlertSourceOutput = z.infer<typeof createdAlertSourceOutput>;

export const alertSourceOutput = z
  .object({
    id: z.uuid(),
    type: z.string(),
    name: z.string(),
    enabled: z.boolean(),
    service: z.object({ slug: z.string(), name: z.string() }).nullable(),
    keyPrefix: z.string(),
    keyRotatedAt: z.string(),
    lastReceivedAt: z.string().nullable(),
    alertCount: z.number().int(),
    firingCount: z.number().int(),
    occurrenceCount: z.number().int(),
    rejectedCount: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'AlertSource' });
export type AlertSourceOutput = z.infer<typeof alertSourceOutput>;

export const alertSourceDetailOutput = alertSourceOutput
  .extend({
    rejections: z.array(z.object({ id: z.uuid(), status: z.number().int(), reason: z.string(), body: z.string(), createdAt: z.string() })),
    path: z.string().meta({ description: 'The path to post to, with the key replaced by <KEY>.' }),
  })
  .meta({ id: 'AlertSourceDetail' });
export type AlertSourceDetailOutput = z.infer<typeof alertSourceDetailOutput>;

export const listAlertsQuery = z
  .object({
    service: slug.optional(),
    status: z.enum(alertStatuses, { error: 'status is firing, acknowledged or resolved.' }).optional(),
    source: z.uuid({ error: 'source is a source id.' }).optional(),
    severity: z.string().trim().min(1).max(50).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .meta({ id: 'ListAlertsQuery' });
export type ListAlertsQuery = z.infer<typeof listAlertsQuery>;

export const alertSummaryOutput = z
  .object({
    id: z.uuid(),
    source: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
    dedupKey: z.string(),
    status: z.enum(alertStatuses),
    severity: z.string(),
    summary: z.string(),
    service: z.object({ slug: z.string(), name: z.string() }).nullable(),
    incident: z.object({ reference: z.string() }).nullable(),
    occurrences: z.number().int(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    lastSeenAt: z.string(),
    outcome: z.string().nullable().meta({ description: 'What routing did: declared, attached, recorded, suppressed, held (during a change); null while pending.' }),
    flapping: z.boolean(),
    duringChange: z.boolean(),
    correlation: z
      .object({ changeId: z.uuid(), title: z.string(), service: z.string(), minutes: z.number().int(), relation: z.enum(['after', 'during']) })
      .nullable()
      .meta({ description: 'A change on the service or a dependency in the preceding window: the suspected trigger.' }),
  })
  .meta({ id: 'AlertSummary' });
export type AlertSummaryOutput = z.infer<typeof alertSummaryOutput>;

export const alertListOutput = z.object({ items: z.array(alertSummaryOutput), nextCursor: z.string().nullable() }).meta({ id: 'AlertList' });
export type AlertListOutput = z.infer<typeof alertListOutput>;

export const alertDetailOutput = alertSummaryOutput
  .extend({
    labels: z.record(z.string(), z.string()),
    annotations: z.record(z.string(), z.string()),
    payload: z.unknown(),
    groupKey: z.string().nullable(),
    rule: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    history: z.array(z.object({ id: z.string(), status: z.enum(alertStatuses), occurredAt: z.string(), processedAt: z.string().nullable(), outcome: z.string().nullable(), note: z.string().nullable() })),
  })
  .meta({ id: 'AlertDetail' });
export type AlertDetailOutput = z.infer<typeof alertDetailOutput>;

export const matcherInput = z.object({
  field: z.string().trim().min(1).max(200).meta({ description: '`labels.<name>`, `annotations.<name>`, `severity`, `summary`, `status` or `source`.' }),
  op: z.enum(matcherOps, { error: 'op is equals, regex or exists.' }),
  value: z.string().max(500).default(''),
});
export type MatcherInput = z.infer<typeof matcherInput>;

const ruleFields = {
  name: z.string().trim().min(1, { error: 'Give the rule a name.' }).max(100),
  enabled: z.boolean(),
  matchers: z.array(matcherInput).max(20),
  requireService: z.boolean().meta({ description: 'Match only when the alert has a known catalogue service.' }),
  service: slug.nullable().meta({ description: 'Service slug when the alert has no `service` label naming one.' }),
  severityMap: z.record(z.string().max(50), z.enum(severities)).meta({ description: 'Alert severity → incident severity, e.g. {"critical":"SEV1"}. Unmapped: SEV3.' }),
  action: z.enum(ruleActions, { error: 'action is declare, attach, record, suppress or page.' }),
  titleTemplate: z.string().trim().min(1).max(200).meta({ description: 'Incident title; {{alertname}}, {{service}}, {{summary}}, {{severity}} or any {{label}}.' }),
  groupBy: z.array(z.string().trim().min(1).max(100)).max(10).meta({ description: 'Labels that, with the service, form the group key. Default ["alertname"].' }),
  groupWindowMinutes: z.number().int().min(1).max(7 * 24 * 60),
  resolveAction: z.enum(resolveActions),
  resolveOn: z.enum(resolveOns),
};

export const createAlertRuleInput = z
  .object({
    source: z.uuid().nullable().default(null).meta({ description: 'Source id; null for a global rule.' }),
    position: z.number().int().min(0).max(10_000).optional().meta({ description: 'Order; default after the last.' }),
    ...ruleFields,
    enabled: ruleFields.enabled.default(true),
    matchers: ruleFields.matchers.default([]),
    requireService: ruleFields.requireService.default(false),
    service: ruleFields.service.default(null),
    severityMap: ruleFields.severityMap.default({ critical: 'SEV1', error: 'SEV2', warning: 'SEV3' }),
    titleTemplate: ruleFields.titleTemplate.default('{{alertname}} on {{service}}'),
    groupBy: ruleFields.groupBy.default(['alertname']),
    groupWindowMinutes: ruleFields.groupWindowMinutes.default(60),
    resolveAction: ruleFields.resolveAction.default('note'),
    resolveOn: ruleFields.resolveOn.default('all'),
  })
  .meta({ id: 'CreateAlertRuleInput' });
export type CreateAlertRuleInput = z.infer<typeof createAlertRuleInput>;

export const updateAlertRuleInput = z
  .object({ position: z.number().int().min(0).max(10_000), ...ruleFields })
  .partial()
  .meta({ id: 'UpdateAlertRuleInput' });
export type UpdateAlertRuleInput = z.infer<typeof updateAlertRuleInput>;

export const alertRuleOutput = z
  .object({
    id: z.uuid(),
    source: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    position: z.number().int(),
    name: z.string(),
    enabled: z.boolean(),
    matchers: z.array(z.object({ field: z.string(), op: z.enum(matcherOps), value: z.string() })),
    requireService: z.boolean(),
    service: z.string().nullable(),
    severityMap: z.record(z.string(), z.enum(severities)),
    action: z.enum(ruleActions),
    titleTemplate: z.string(),
    groupBy: z.array(z.string()),
    groupWindowMinutes: z.number().int(),
    resolveAction: z.enum(resolveActions),
    resolveOn: z.enum(resolveOns),
  })
  .meta({ id: 'AlertRule' });
export type AlertRuleOutput = z.infer<typeof alertRuleOutput>;

export const listAlertRulesQuery = z.object({ source: z.uuid().optional().meta({ description: 'Rules that apply to this source (its own, then global).' }) });

export const testAlertRuleInput = z
  .object({
    rule: createAlertRuleInput.omit({ source: true, position: true }).meta({ description: 'The rule as it would be saved.' }),
    source: z.uuid().meta({ description: 'The source whose payload format and default service apply.' }),
    payload: z.unknown().optional().meta({ description: 'A pasted body in the source’s format; when absent, the last 50 alerts of the source are used.' }),
  })
  .meta({ id: 'TestAlertRuleInput' });
export type TestAlertRuleInput = z.infer<typeof testAlertRuleInput>;

export const testAlertRuleOutput = z
  .object({
    items: z.array(
      z.object({
        dedupKey: z.string(),
        summary: z.string(),
        matched: z.boolean(),
        action: z.string().meta({ description: 'What the rule would do: declare, attach, record, suppress, page, or "no match".' }),
        service: z.string().nullable(),
        severity: z.string().nullable(),
        groupKey: z.string().nullable(),
        title: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'TestAlertRuleResult' });
export type TestAlertRuleOutput = z.infer<typeof testAlertRuleOutput>;

export const changeExpectationInput = z
  .object({ graceMinutes: z.number().int().min(0).max(24 * 60).default(30) })
  .meta({ id: 'AlertChangeExpectationInput' });
export type ChangeExpectationInput = z.infer<typeof changeExpectationInput>;
