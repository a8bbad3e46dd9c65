// Input and output shapes of on-call: schedules, overrides, escalation policies, pages and
// contact methods. One zod schema per input, shared by the routes, the forms and the OpenAPI
// document. The request shapes named in issue 14 are kept exactly.
import { z } from 'zod';
import { isTimeZone } from '../kernel/zoned-time.ts';

// Messages people read; the browser shows them in the reader's language (lib/client/describe-issue.ts).
export const EMAIL_MESSAGE = 'Not a valid email address.';
export const HM_MESSAGE = 'Use a 24-hour time such as "09:00".';
export const DATE_MESSAGE = 'Use a date such as "2026-06-01".';
export const INSTANT_MESSAGE = 'Use an ISO 8601 date and time such as "2026-06-01T09:00:00Z".';
export const TIME_ZONE_MESSAGE = 'Use an IANA time zone name such as "Asia/Shanghai" or "Europe/Berlin".';
export const TO_AFTER_FROM_MESSAGE = '"to" must be after "from".';
export const PHONE_MESSAGE = 'Use an international number such as "+8613800138000".';

const HM = /^([01]\d|2[0-3]):[0-5]\d$/;
const email = z.string().trim().toLowerCase().max(254).pipe(z.email({ error: EMAIL_MESSAGE }));
const hm = z.string().regex(HM, { error: HM_MESSAGE });
const isoDate = z.iso.date({ error: DATE_MESSAGE });
// An instant with its zone designator (Z or ±hh:mm); seconds and fractions optional.
const isoInstant = z
  .string()
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v) && !Number.isNaN(Date.parse(v)), { error: INSTANT_MESSAGE })
  .meta({ format: 'date-time' });

export const timeZoneField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isTimeZone, { error: TIME_ZONE_MESSAGE })
  .meta({ description: 'IANA time zone: handoff times, start dates and restrictions are wall-clock times there.' });

export const restrictionInput = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).max(7).default([]).meta({ description: 'ISO weekdays 1 (Monday)…7 (Sunday) on which the window opens; empty = every day.' }),
    from: hm,
    to: hm.meta({ description: 'A "to" at or before "from" ends the next day.' }),
  })
  .meta({ id: 'OnCallRestriction' });

export const rotationInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    participants: z.array(email).min(1, { error: 'A rotation needs at least one participant.' }).max(100).meta({ description: 'Emails of the participants, in rotation order.' }),
    length: z.object({ unit: z.enum(['hour', 'day', 'week']), count: z.number().int().min(1).max(52) }),
    handoffTime: hm,
    startDate: isoDate,
    restrictions: z.array(restrictionInput).max(14).default([]),
  })
  .meta({ id: 'OnCallRotationInput', description: 'One layer; later rotations win where they have someone.' });

export const createScheduleInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    timeZone: timeZoneField,
    rotations: z.array(rotationInput).min(1, { error: 'A schedule needs at least one rotation.' }).max(10),
  })
  .meta({ id: 'CreateScheduleInput' });
export type CreateScheduleInput = z.infer<typeof createScheduleInput>;

export const teamSlugParams = z.object({ slug: z.string().min(1).max(100) });
export const idParams = z.object({ id: z.uuid({ error: 'Not a valid id.' }) });
export const feedParams = z.object({ token: z.string().min(10).max(200).meta({ description: 'The feed secret, with an optional .ics suffix.' }) });
export const incidentRefParams = z.object({ ref: z.string().min(1).max(40) });

export const onCallQuery = z.object({
  at: isoInstant.optional().meta({ description: 'The instant to ask about; now when absent.' }),
});

export const createOverrideInput = z
  .object({ email, from: isoInstant, to: isoInstant })
  .refine((o) => new Date(o.to) > new Date(o.from), { path: ['to'], error: TO_AFTER_FROM_MESSAGE })
  .meta({ id: 'CreateOverrideInput' });
export type CreateOverrideInput = z.infer<typeof createOverrideInput>;

export const personOutput = z.object({ email: z.string(), name: z.string() }).meta({ id: 'OnCallPerson' });
export type PersonOutput = z.infer<typeof personOutput>;

export const onCallOutput = z
  .object({
    onCall: z.array(personOutput),
    from: z.string().nullable().meta({ description: 'Since when this answer holds (null: no earlier change found).' }),
    until: z.string().nullable().meta({ description: 'Until when (null: no change found ahead).' }),
    next: z.object({ onCall: z.array(personOutput), from: z.string().nullable(), until: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'OnCallAnswer' });
export type OnCallOutput = z.infer<typeof onCallOutput>;

export const rotationOutput = z.object({
  id: z.string(),
  name: z.string(),
  participants: z.array(personOutput),
  length: z.object({ unit: z.enum(['hour', 'day', 'week']), count: z.number() }),
  handoffTime: z.string(),
  startDate: z.string(),
  restrictions: z.array(z.object({ days: z.array(z.number()), from: z.string(), to: z.string() })),
});

export const scheduleOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string(),
    team: z.object({ slug: z.string(), name: z.string() }),
    rotations: z.array(rotationOutput),
    createdAt: z.string(),
  })
  .meta({ id: 'OnCallSchedule' });
export type ScheduleOutput = z.infer<typeof scheduleOutput>;

export const overrideOutput = z
  .object({ id: z.string(), scheduleId: z.string(), email: z.string(), name: z.string(), from: z.string(), to: z.string() })
  .meta({ id: 'OnCallOverride' });

// --- escalation policies

export const levelTarget = z.discriminatedUnion('type', [
  z.object({ type: z.literal('schedule'), id: z.uuid({ error: 'Not a valid schedule id.' }) }),
  z.object({ type: z.literal('user'), email }),
  z.object({ type: z.literal('team'), slug: z.string().trim().min(1).max(50) }).meta({ description: "The team's inbox channel: told, not paged." }),
]);
export type LevelTarget = z.infer<typeof levelTarget>;

export const createPolicyInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    team: z.string().trim().min(1).max(50).optional().meta({ description: 'Owner team slug.' }),
    teamDefault: z.boolean().default(false).meta({ description: "The team's default policy for services that name none." }),
    severities: z.array(z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4'])).min(1).default(['SEV1', 'SEV2']).meta({ description: 'Declared incidents of these severities page.' }),
    levels: z
      .array(z.object({ targets: z.array(levelTarget).min(1, { error: 'A level needs at least one target.' }).max(10), waitMinutes: z.number().int().min(1).max(1440) }))
      .min(1, { error: 'A policy needs at least one level.' })
      .max(10),
    repeat: z.number().int().min(0).max(10).default(0).meta({ description: 'How many more times the levels are run when nobody acknowledges.' }),
  })
  .meta({ id: 'CreateEscalationPolicyInput' });
export type CreatePolicyInput = z.infer<typeof createPolicyInput>;

export const policyOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    team: z.string().nullable(),
    teamDefault: z.boolean(),
    severities: z.array(z.string()),
    repeat: z.number(),
    levels: z.array(z.object({ level: z.number(), waitMinutes: z.number(), targets: z.array(z.record(z.string(), z.string())) })),
  })
  .meta({ id: 'EscalationPolicy' });
export type PolicyOutput = z.infer<typeof policyOutput>;

// --- pages

export const pageStatuses = ['sent', 'acknowledged', 'escalated', 'cancelled'] as const;
export const pageOutput = z
  .object({
    id: z.string(),
    level: z.number(),
    round: z.number(),
    email: z.string(),
    name: z.string(),
    status: z.enum(pageStatuses),
    sentAt: z.string(),
    acknowledgedAt: z.string().nullable(),
  })
  .meta({ id: 'Page' });
export type PageOutput = z.infer<typeof pageOutput>;

export const reassignPageInput = z.object({ email }).meta({ id: 'ReassignPageInput' });

// --- contact methods and notification rules

export const contactMethodInput = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('email'), value: email }),
    z.object({ type: z.literal('sms'), value: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, { error: PHONE_MESSAGE }) }),
    z.object({
      type: z.literal('chat'),
      provider: z.enum(['wecom', 'dingtalk', 'feishu', 'slack']),
      value: z.string().trim().min(1).max(100).meta({ description: 'Your id in that chat (mentioned in robot messages).' }),
      url: z.url({ protocol: /^https?$/, error: 'Use an http or https URL.' }).max(2000).meta({ description: 'The robot webhook that posts the mention.' }),
      secret: z.string().min(1).max(500).optional(),
    }),
    z.object({ type: z.literal('inbox') }),
  ])
  .meta({ id: 'ContactMethodInput' });
export type ContactMethodInput = z.infer<typeof contactMethodInput>;

export const contactMethodOutput = z
  .object({ id: z.string(), type: z.enum(['email', 'sms', 'chat', 'inbox']), value: z.string(), provider: z.string().nullable() })
  .meta({ id: 'ContactMethod' });
export type ContactMethodOutput = z.infer<typeof contactMethodOutput>;

export const urgencies = ['high', 'low'] as const;
export type Urgency = (typeof urgencies)[number];

export const notificationRuleInput = z
  .object({ urgency: z.enum(urgencies), contactMethodId: z.uuid(), delayMinutes: z.number().int().min(0).max(120).default(0) })
  .meta({ id: 'NotificationRuleInput' });
export const setNotificationRulesInput = z.object({ rules: z.array(notificationRuleInput).max(30) }).meta({ id: 'SetNotificationRulesInput' });
export type SetNotificationRulesInput = z.infer<typeof setNotificationRulesInput>;

export const whoIsOnCallQuery = z.object({
  services: z.string().trim().min(1).max(2000).transform((v) => [...new Set(v.split(',').map((x) => x.trim()).filter(Boolean))].slice(0, 50)).meta({ description: 'Comma-separated service slugs.' }),
});

const onCallPeople = z.array(personOutput);
export const servicesOnCallOutput = z.array(
  z.object({
    slug: z.string(),
    schedules: z.array(z.object({
      id: z.string(), name: z.string(), onCall: onCallPeople, until: z.string().nullable(),
      next: z.object({ onCall: onCallPeople, until: z.string().nullable() }).nullable(),
      gap: z.object({ from: z.string(), to: z.string() }).nullable().meta({ description: 'The first time in the coming week when nobody is on call.' }),
    })),
  }),
).meta({ id: 'ServicesOnCall' });
