// Input and output shapes of incidents: one zod schema per input, shared by the declare form,
// the route handlers and the OpenAPI document.
import { z } from 'zod';
import { idempotencyKeyField, timelineEntryOutput } from '../timeline/schemas.ts';
import { statusPagePublicationFields } from '../status-pages/schemas.ts';
import { incidentStatuses } from './status-machine.ts';

export const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof severities)[number];
export const incidentRoleKinds = ['commander', 'communications', 'scribe', 'responder', 'observer'] as const;
export type IncidentRoleKind = (typeof incidentRoleKinds)[number];

export const MAX_SERVICES = 50;

export const severityField = z.enum(severities, { error: 'Choose a severity: SEV1, SEV2, SEV3 or SEV4.' });
export const statusField = z.enum(incidentStatuses);
export const roleKindField = z.enum(incidentRoleKinds);
const isoTime = z.iso.datetime({ offset: true });
const keyTime = (description: string) => isoTime.nullable().optional().meta({ description: `${description} null clears it.` });

export const titleField = z.string().trim().min(1).max(200);
const summaryField = z.string().trim().max(10_000).meta({ description: 'Markdown.' });
const impactField = z.string().trim().max(5_000).meta({ description: 'Who is affected, and how.' });
const servicesField = z
  .array(z.string().trim().min(1).max(100))
  .max(MAX_SERVICES)
  .meta({ description: 'Slugs of the affected services from the catalogue.' });

export const declareIncidentInput = z
  .object({
    title: titleField,
    severity: severityField,
    summary: summaryField.default(''),
    services: servicesField.default([]),
    impact: impactField.default(''),
    customerFacing: z.boolean().default(false),
    drill: z.boolean().default(false).meta({ description: 'A fault drill or game day: shown with a badge, left out of metrics by default.' }),
    startedAt: isoTime.optional().meta({ description: 'When impact began; may be before the declaration.' }),
    detectedAt: isoTime.optional(),
  })
  .meta({ id: 'DeclareIncidentInput' });
export type DeclareIncidentInput = z.infer<typeof declareIncidentInput>;

export const updateIncidentInput = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The version the change is based on; a stale one answers 409 with the current incident.' }),
    title: titleField.optional(),
    summary: summaryField.optional(),
    severity: severityField.optional(),
    status: statusField.optional().meta({ description: 'Resolving sets resolvedAt (unless given), closing sets closedAt, re-opening (to investigating) clears both.' }),
    impact: impactField.optional(),
    customerFacing: z.boolean().optional(),
    drill: z.boolean().optional(),
    services: servicesField.optional().meta({ description: 'Replaces the whole list.' }),
    startedAt: keyTime('When impact began.'),
    detectedAt: keyTime('When it was noticed.'),
    acknowledgedAt: keyTime('When a responder took it on.'),
    mitigatedAt: keyTime('When impact was reduced.'),
    resolvedAt: keyTime('When impact ended.'),
    closedAt: keyTime('When follow-up was finished.'),
    nextUpdateAt: isoTime.nullable().optional().meta({ description: 'When the next stakeholder update is promised. null clears it.' }),
  })
  .meta({ id: 'UpdateIncidentInput' });
export type UpdateIncidentInput = z.infer<typeof updateIncidentInput>;

export const incidentRefParams = z.object({
  ref: z.string().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id (uuid).' }),
});

/** Repeated (?status=a&status=b) or comma-separated (?status=a,b) query values. */
function multi<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));
}

export const incidentSorts = ['declared_desc', 'declared_asc', 'severity', 'number_desc', 'number_asc'] as const;
export type IncidentSort = (typeof incidentSorts)[number];

export const listIncidentsQuery = z.object({
  status: multi(incidentStatuses).optional().meta({ description: 'One or more statuses (repeat the parameter or separate with commas).' }),
  severity: multi(severities).optional(),
  service: z.string().trim().min(1).max(100).optional().meta({ description: 'Slug of an affected service.' }),
  from: isoTime.optional().meta({ description: 'Declared at or after this time.' }),
  to: isoTime.optional().meta({ description: 'Declared before this time.' }),
  drill: z.enum(['include', 'exclude', 'only']).default('include').meta({ description: 'Drills are listed (with a badge) unless excluded.' }),
  sort: z.enum(incidentSorts).default('declared_desc').meta({ description: 'severity sorts SEV1 first, newest first within a severity.' }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListIncidentsQuery = z.infer<typeof listIncidentsQuery>;

export const assignRoleInput = z
  .object({ role: roleKindField, userId: z.uuid() })
  .meta({ id: 'IncidentRoleInput', description: 'commander, communications and scribe have one holder each: assigning replaces the previous one.' });
export type AssignRoleInput = z.infer<typeof assignRoleInput>;

// --- Outputs ---

const time = z.iso.datetime();

export const durationsOutput = z
  .object({
    timeToDetectSeconds: z.number().int().nullable().meta({ description: 'detectedAt − startedAt.' }),
    timeToAcknowledgeSeconds: z.number().int().nullable().meta({ description: 'acknowledgedAt − (startedAt, else declaredAt).' }),
    timeToMitigateSeconds: z.number().int().nullable().meta({ description: 'mitigatedAt − (startedAt, else declaredAt).' }),
    timeToResolveSeconds: z.number().int().nullable().meta({ description: 'resolvedAt − (startedAt, else declaredAt).' }),
  })
  .meta({ id: 'IncidentDurations', description: 'Derived from the key times; null while a time is missing.' });

export const incidentServiceOutput = z.object({
  slug: z.string(),
  name: z.string(),
  ownerTeam: z.object({ slug: z.string(), name: z.string() }).nullable(),
  contacts: z.array(z.object({ name: z.string(), role: z.string(), email: z.string(), phone: z.string(), chat: z.string() }))
    .meta({ description: 'Who to call, in order.' }),
});

export const incidentRoleOutput = z.object({
  role: roleKindField,
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
});

const personOutput = z.object({ userId: z.uuid(), name: z.string() });

export const incidentOutput = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    reference: z.string().meta({ description: 'INC-<number>' }),
    title: z.string(),
    summary: z.string(),
    severity: severityField,
    status: statusField,
    allowedStatuses: z.array(statusField).meta({ description: 'The statuses it may move to now.' }),
    impact: z.string(),
    customerFacing: z.boolean(),
    drill: z.boolean(),
    startedAt: time.nullable(),
    detectedAt: time.nullable(),
    declaredAt: time,
    acknowledgedAt: time.nullable(),
    mitigatedAt: time.nullable(),
    resolvedAt: time.nullable(),
    closedAt: time.nullable(),
    nextUpdateAt: time.nullable(),
    updateOverdue: z.boolean().meta({ description: 'The promised next update time has passed and the incident is still open.' }),
    version: z.number().int(),
    services: z.array(incidentServiceOutput),
    roles: z.array(incidentRoleOutput),
    durations: durationsOutput,
    declaredBy: personOutput.nullable().meta({ description: 'null when declared through an API token.' }),
    createdAt: time,
    updatedAt: time,
  })
  .meta({ id: 'Incident' });
export type IncidentOutput = z.infer<typeof incidentOutput>;

export const incidentSummaryOutput = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    reference: z.string(),
    title: z.string(),
    severity: severityField,
    status: statusField,
    customerFacing: z.boolean(),
    drill: z.boolean(),
    startedAt: time.nullable(),
    declaredAt: time,
    resolvedAt: time.nullable(),
    nextUpdateAt: time.nullable(),
    updateOverdue: z.boolean(),
    services: z.array(z.object({ slug: z.string(), name: z.string() })),
    commander: personOutput.nullable(),
  })
  .meta({ id: 'IncidentSummary' });
export type IncidentSummaryOutput = z.infer<typeof incidentSummaryOutput>;

export const incidentListOutput = z
  .object({ items: z.array(incidentSummaryOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'IncidentList' });
export type IncidentListOutput = z.infer<typeof incidentListOutput>;

export const activeIncidentOutput = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    reference: z.string(),
    title: z.string(),
    severity: severityField,
    status: statusField,
    declaredAt: time,
    nextUpdateAt: time.nullable(),
    updateOverdue: z.boolean(),
  })
  .meta({ id: 'ActiveIncident' });
export const activeIncidentsOutput = z
  .object({ items: z.array(activeIncidentOutput) })
  .meta({ id: 'ActiveIncidents', description: 'Open incidents (not resolved or closed), drills excluded, most severe first.' });
export type ActiveIncidentsOutput = z.infer<typeof activeIncidentsOutput>;

export const severityTextField = z.string().trim().min(1).max(500);
const severityDescription = z.object({ en: severityTextField, zhCN: severityTextField });
export const severityDescriptionsSchema = z
  .object({ SEV1: severityDescription, SEV2: severityDescription, SEV3: severityDescription, SEV4: severityDescription })
  .meta({ id: 'SeverityDescriptions', description: 'What each severity means, in English (en) and Simplified Chinese (zhCN).' });
export type SeverityDescriptions = z.infer<typeof severityDescriptionsSchema>;

// --- Stakeholder updates ---

const updateSection = (min: number) => z.string().trim().min(min).max(5_000).meta({ description: 'Markdown.' });

export const postStakeholderUpdateInput = z
  .object({
    whatIsHappening: updateSection(1),
    impact: updateSection(0).default(''),
    whatWeAreDoing: updateSection(1),
    nextUpdateAt: isoTime.nullable().meta({ description: 'When the next update is promised (in the future), or null for a final update.' }),
    highlighted: z.boolean().default(false),
    idempotencyKey: idempotencyKeyField.optional().meta({ description: 'Same as the Idempotency-Key header (the header wins when both are sent).' }),
    // Publishing to status pages (lib/status-pages): public texts, separate from the internal update.
    ...statusPagePublicationFields,
    locale: z.enum(['en', 'zh-CN']).optional().meta({ description: 'Language the update is written in (the author\'s; default: their saved language, else English).' }),
    timeZone: z.string().max(64).refine((tz) => { try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; } }, { message: 'Not a time zone name such as Asia/Shanghai.' }).optional()
      .meta({ description: 'Time zone of the times in the text (the author\'s clock; default: their saved zone, else UTC).' }),
  })
  .meta({ id: 'PostStakeholderUpdateInput' });
export type PostStakeholderUpdateInput = z.infer<typeof postStakeholderUpdateInput>;

export const stakeholderUpdateOutput = z
  .object({
    entry: timelineEntryOutput,
    incident: incidentOutput,
  })
  .meta({ id: 'StakeholderUpdateResult' });
