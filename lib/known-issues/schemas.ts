// Input and output shapes of known issues: one zod schema per input, shared by the forms, the
// route handlers and the OpenAPI document.
import { z } from 'zod';

export const knownIssueStatuses = ['active', 'fixed', 'obsolete'] as const;
export type KnownIssueStatus = (typeof knownIssueStatuses)[number];
export const knownIssueStatusField = z.enum(knownIssueStatuses).meta({
  description: 'active: it can happen now; fixed: the permanent fix shipped; obsolete: no longer relevant (ranks last in search).',
});

const text = (max: number, description: string) => z.string().trim().max(max).meta({ description });
const titleField = z.string().trim().min(1).max(200);
const signaturesField = z
  .array(z.string().trim().min(1).max(500))
  .max(50)
  .meta({ description: 'Exact strings from logs and screens ("调用服务失败", "401 invalid_token"). Pasting one into search ranks this entry first.' });
const servicesField = z.array(z.string().trim().min(1).max(100)).max(50).meta({ description: 'Slugs of the affected services.' });
const tagsField = z.array(z.string().trim().min(1).max(50)).max(30);
const ownerTeamField = z.string().trim().min(1).max(100).nullable().meta({ description: 'Slug of the team that keeps the entry reviewed.' });

const fields = {
  title: titleField,
  symptoms: text(10_000, 'What people see. Markdown.'),
  errorSignatures: signaturesField,
  cause: text(10_000, 'Markdown.'),
  workaround: text(10_000, 'What to do right now. Markdown.'),
  resolution: text(10_000, 'The permanent fix. Markdown.'),
  services: servicesField,
  tags: tagsField,
  ownerTeam: ownerTeamField,
};

export const createKnownIssueInput = z
  .object({
    title: fields.title,
    symptoms: fields.symptoms.default(''),
    errorSignatures: fields.errorSignatures.default([]),
    cause: fields.cause.default(''),
    workaround: fields.workaround.default(''),
    resolution: fields.resolution.default(''),
    services: fields.services.default([]),
    tags: fields.tags.default([]),
    ownerTeam: fields.ownerTeam.optional(),
    status: knownIssueStatusField.default('active'),
  })
  .meta({ id: 'CreateKnownIssueInput' });
export type CreateKnownIssueInput = z.infer<typeof createKnownIssueInput>;

export const updateKnownIssueInput = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The version the change is based on; a stale one answers 409 with the current entry.' }),
    title: fields.title.optional(),
    symptoms: fields.symptoms.optional(),
    errorSignatures: fields.errorSignatures.optional().meta({ description: 'Replaces the whole list.' }),
    cause: fields.cause.optional(),
    workaround: fields.workaround.optional(),
    resolution: fields.resolution.optional(),
    services: fields.services.optional().meta({ description: 'Replaces the whole list.' }),
    tags: fields.tags.optional(),
    ownerTeam: fields.ownerTeam.optional(),
    status: knownIssueStatusField.optional(),
    reviewed: z.boolean().optional().meta({ description: 'true marks the entry as reviewed now (lastReviewedAt), even with no other change.' }),
  })
  .meta({ id: 'UpdateKnownIssueInput' });
export type UpdateKnownIssueInput = z.infer<typeof updateKnownIssueInput>;

export const setKnownIssueStatusInput = z.object({ status: knownIssueStatusField }).meta({ id: 'SetKnownIssueStatusInput' });
export type SetKnownIssueStatusInput = z.infer<typeof setKnownIssueStatusInput>;

export const knownIssueParams = z.object({ id: z.uuid().meta({ description: 'The known issue id.' }) });

export const linkIncidentInput = z
  .object({ incident: z.string().trim().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id.' }) })
  .meta({ id: 'LinkKnownIssueIncidentInput' });
export type LinkIncidentInput = z.infer<typeof linkIncidentInput>;

export const knownIssueIncidentParams = knownIssueParams.extend({
  ref: z.string().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id.' }),
});

export const listKnownIssuesQuery = z.object({
  status: knownIssueStatusField.optional(),
  service: z.string().trim().min(1).max(100).optional().meta({ description: 'Slug of an affected service.' }),
  tag: z.string().trim().min(1).max(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListKnownIssuesQuery = z.infer<typeof listKnownIssuesQuery>;

// --- Outputs ---

const time = z.iso.datetime();

export const knownIssueOutput = z
  .object({
    id: z.uuid(),
    title: z.string(),
    symptoms: z.string(),
    errorSignatures: z.array(z.string()),
    cause: z.string(),
    workaround: z.string(),
    resolution: z.string(),
    status: knownIssueStatusField,
    tags: z.array(z.string()),
    services: z.array(z.object({ slug: z.string(), name: z.string() })),
    ownerTeam: z.object({ slug: z.string(), name: z.string() }).nullable(),
    author: z.object({ userId: z.uuid(), name: z.string() }).nullable().meta({ description: 'null when written through an API token.' }),
    incidents: z.array(z.object({ id: z.uuid(), reference: z.string(), title: z.string(), linkedAt: time })),
    lastReviewedAt: time,
    version: z.number().int(),
    createdAt: time,
    updatedAt: time,
  })
  .meta({ id: 'KnownIssue' });
export type KnownIssueOutput = z.infer<typeof knownIssueOutput>;

export const knownIssueSummaryOutput = knownIssueOutput
  .pick({ id: true, title: true, status: true, tags: true, services: true, errorSignatures: true, workaround: true, lastReviewedAt: true, updatedAt: true, version: true })
  .meta({ id: 'KnownIssueSummary' });
export type KnownIssueSummaryOutput = z.infer<typeof knownIssueSummaryOutput>;

export const knownIssueListOutput = z
  .object({ items: z.array(knownIssueSummaryOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'KnownIssueList' });
export type KnownIssueListOutput = z.infer<typeof knownIssueListOutput>;

export const knownIssueRevisionOutput = z
  .object({
    version: z.number().int().meta({ description: 'The version this was; the next edit made version + 1.' }),
    editedAt: time,
    editedBy: z.string().meta({ description: 'Who made the edit that replaced this version (email or token label).' }),
    snapshot: knownIssueOutput.meta({ description: 'The entry as it was at this version.' }),
  })
  .meta({ id: 'KnownIssueRevision' });
export const knownIssueRevisionsOutput = z
  .object({ items: z.array(knownIssueRevisionOutput).meta({ description: 'Newest first.' }) })
  .meta({ id: 'KnownIssueRevisions' });
export type KnownIssueRevisionsOutput = z.infer<typeof knownIssueRevisionsOutput>;
