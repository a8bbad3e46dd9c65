// Input and output shapes of change events: one zod schema per input, shared by the route
// handlers, the pages and the OpenAPI document.
import { z } from 'zod';
import { changeStatuses } from './status-machine.ts';

export const changeKinds = ['configuration', 'deployment', 'credential', 'infrastructure', 'database', 'network', 'other'] as const;
export type ChangeKind = (typeof changeKinds)[number];
export const changeRisks = ['low', 'medium', 'high'] as const;
export type ChangeRisk = (typeof changeRisks)[number];

const isoTime = z.iso.datetime({ offset: true });
export const changeKindField = z.enum(changeKinds).meta({ description: 'credential covers credentials and security policies (token lifetimes, certificates, permissions).' });
export const changeRiskField = z.enum(changeRisks);
export const changeStatusField = z.enum(changeStatuses);

const changeFields = {
  kind: changeKindField,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(20_000).meta({ description: 'Markdown.' }),
  risk: changeRiskField,
  scheduledAt: isoTime.meta({ description: 'When the change will be made (usually in the future).' }),
  expectedImpact: z.string().trim().max(5_000),
  rollbackPlan: z.string().trim().max(5_000),
  externalRef: z.string().trim().max(500).meta({ description: 'A link or reference: pull request, pipeline run, ticket.' }),
};

export const announceChangeInput = z
  .object({
    service: z.string().trim().min(1).max(100).meta({ description: 'Slug of the changed service.' }),
    ...changeFields,
    description: changeFields.description.default(''),
    risk: changeRiskField.default('medium'),
    expectedImpact: changeFields.expectedImpact.default(''),
    rollbackPlan: changeFields.rollbackPlan.default(''),
    externalRef: changeFields.externalRef.default(''),
    externalId: z.string().trim().min(1).max(200).optional().meta({
      description: 'Your own id for the change (e.g. the pipeline run). Announcing again with the same externalId on the same service updates the change (200) instead of creating another (201).',
    }),
  })
  .meta({ id: 'AnnounceChangeInput' });
export type AnnounceChangeInput = z.infer<typeof announceChangeInput>;

export const updateChangeInput = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The version the edit is based on; a stale one answers 409 with the current change.' }),
    ...changeFields,
  })
  .partial({ kind: true, title: true, description: true, risk: true, scheduledAt: true, expectedImpact: true, rollbackPlan: true, externalRef: true })
  .meta({ id: 'UpdateChangeInput' });
export type UpdateChangeInput = z.infer<typeof updateChangeInput>;

export const changeStatusInput = z
  .object({
    status: changeStatusField,
    version: z.number().int().min(1).optional().meta({ description: 'When given, a stale version answers 409 instead of applying the move.' }),
    confirmEarlyStart: z.boolean().optional().meta({
      description: 'Moving to in_progress before scheduledAt answers 409 (reasons: ["early_start"]) unless this is true. Confirming an early start also accepts that teams have not acknowledged yet.',
    }),
    confirmUnacknowledged: z.boolean().optional().meta({
      description: 'Moving to in_progress while notified teams have not acknowledged answers 409 (reasons: ["unacknowledged"], unacknowledgedTeams: [{slug, name}]) unless this is true.',
    }),
  })
  .meta({
    id: 'ChangeStatusInput',
    description: 'scheduled → in_progress → completed | rolled_back; scheduled → cancelled. Other moves answer 422. Only the announcing team (owner team of the service), the announcer, API tokens and administrators may move a change (403 otherwise).',
  });
export type ChangeStatusInput = z.infer<typeof changeStatusInput>;

export const changeIdParams = z.object({ id: z.uuid() });

/** Repeated (?status=a&status=b) or comma-separated (?status=a,b) query values. */
const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(changeStatusField));

export const listChangesQuery = z.object({
  service: z.string().trim().min(1).max(100).optional().meta({ description: 'Slug of the changed service.' }),
  team: z.string().trim().min(1).max(100).optional().meta({ description: 'Slug of the team owning the changed service.' }),
  status: statusList.optional().meta({ description: 'One or more statuses (repeat the parameter or separate with commas).' }),
  from: isoTime.optional().meta({ description: 'Scheduled at or after this time.' }),
  to: isoTime.optional().meta({ description: 'Scheduled before this time.' }),
  when: z.enum(['upcoming', 'recent', 'all']).default('all').meta({
    description: 'upcoming: scheduled from now on, soonest first; recent: scheduled before now, latest first; all: latest first.',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListChangesQuery = z.infer<typeof listChangesQuery>;

// --- Outputs ---

const time = z.iso.datetime();
const teamRef = z.object({ slug: z.string(), name: z.string() });

export const changeOutput = z
  .object({
    id: z.uuid(),
    service: z.object({ slug: z.string(), name: z.string(), ownerTeam: teamRef.nullable() }),
    kind: changeKindField,
    title: z.string(),
    description: z.string(),
    risk: changeRiskField,
    scheduledAt: time,
    expectedImpact: z.string(),
    rollbackPlan: z.string(),
    externalRef: z.string(),
    externalId: z.string().nullable(),
    status: changeStatusField,
    allowedStatuses: z.array(changeStatusField).meta({ description: 'The statuses it may move to now.' }),
    shortNotice: z.boolean().meta({ description: 'Announced with less notice than the service\'s notice period (at announcement time).' }),
    noticePeriodHours: z.number().int().meta({ description: 'The service\'s notice period when the change was announced.' }),
    announcedAt: time,
    announcedBy: z.object({ userId: z.uuid().nullable(), label: z.string() }),
    startedAt: time.nullable(),
    startedEarly: z.boolean().meta({ description: 'Started before its scheduled time (confirmed).' }),
    startedUnacknowledgedTeams: z.array(z.string()).meta({ description: 'Names of the teams that had not acknowledged when it was started (confirmed).' }),
    finishedAt: time.nullable(),
    version: z.number().int(),
    createdAt: time,
    updatedAt: time,
  })
  .meta({ id: 'Change' });
export type ChangeOutput = z.infer<typeof changeOutput>;

export const changeListOutput = z
  .object({ items: z.array(changeOutput), nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }) })
  .meta({ id: 'ChangeList' });
export type ChangeListOutput = z.infer<typeof changeListOutput>;

export const blastRadiusOutput = z
  .object({
    change: z.object({ id: z.uuid(), service: z.object({ slug: z.string(), name: z.string() }) }),
    services: z.array(z.object({
      slug: z.string(),
      name: z.string(),
      depth: z.number().int().meta({ description: '1 = calls the changed service directly.' }),
      ownerTeam: teamRef.nullable(),
    })),
    teams: z.array(teamRef.extend({ services: z.array(z.string()).meta({ description: 'Slugs of their affected services.' }) }))
      .meta({ description: 'Owner teams of the affected services.' }),
  })
  .meta({ id: 'BlastRadius', description: 'Every service that depends on the changed one, directly or through others.' });
export type BlastRadiusOutput = z.infer<typeof blastRadiusOutput>;
