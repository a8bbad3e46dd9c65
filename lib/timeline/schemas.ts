// Input and output shapes of the incident timeline: one zod schema per input, shared by the
// composer (browser), the route handlers and the OpenAPI document.
import { z } from 'zod';

export const timelineKinds = ['note', 'action', 'status_change', 'field_change', 'stakeholder_update', 'alert', 'linked_change'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** Kinds only the system writes (from incident changes); people and API clients cannot post or edit them. */
export const systemKinds = ['status_change', 'field_change'] as const satisfies readonly TimelineKind[];
export const postableKinds = ['note', 'action', 'stakeholder_update', 'alert', 'linked_change'] as const satisfies readonly TimelineKind[];
export type PostableKind = (typeof postableKinds)[number];

export function isSystemKind(kind: TimelineKind): boolean {
  return (systemKinds as readonly TimelineKind[]).includes(kind);
}

export const MAX_BODY_LENGTH = 20_000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export const timelineBodyField = z.string().trim().min(1).max(MAX_BODY_LENGTH).meta({ description: 'Markdown.' });
const isoTime = z.iso.datetime({ offset: true });

export const idempotencyKeyField = z
  .string()
  .min(1)
  .max(MAX_IDEMPOTENCY_KEY_LENGTH)
  .regex(/^[\x21-\x7e]+$/, { error: 'Use printable ASCII without spaces (a UUID is ideal).' });

export const addTimelineEntryInput = z
  .object({
    kind: z.enum(postableKinds, {
      error: 'Post one of note, action, stakeholder_update, alert, linked_change; status_change and field_change entries are written by the system.',
    }),
    body: timelineBodyField,
    occurredAt: isoTime.optional().meta({ description: 'When it happened; defaults to now. May be in the past, at most 5 minutes in the future.' }),
    highlighted: z.boolean().default(false).meta({ description: 'Marked for the postmortem.' }),
    idempotencyKey: idempotencyKeyField.optional().meta({ description: 'Same as the Idempotency-Key header (the header wins when both are sent).' }),
  })
  .meta({ id: 'AddTimelineEntryInput' });
export type AddTimelineEntryInput = z.infer<typeof addTimelineEntryInput>;

export const editTimelineEntryInput = z
  .object({
    version: z.number().int().min(1).optional().meta({ description: 'The entry version the edit is based on; required when body or occurredAt change.' }),
    body: timelineBodyField.optional(),
    occurredAt: isoTime.optional(),
    highlighted: z.boolean().optional().meta({ description: 'Highlighting alone needs no version.' }),
  })
  .refine((v) => v.body !== undefined || v.occurredAt !== undefined || v.highlighted !== undefined, {
    error: 'Send body, occurredAt or highlighted.',
  })
  .refine((v) => (v.body === undefined && v.occurredAt === undefined) || v.version !== undefined, {
    error: 'Send the version the edit is based on.',
    path: ['version'],
  })
  .meta({ id: 'EditTimelineEntryInput' });
export type EditTimelineEntryInput = z.infer<typeof editTimelineEntryInput>;

export const deleteTimelineEntryInput = z
  .object({ reason: z.string().trim().min(1, { error: 'Say why the entry is being deleted.' }).max(1000) })
  .meta({ id: 'DeleteTimelineEntryInput' });
export type DeleteTimelineEntryInput = z.infer<typeof deleteTimelineEntryInput>;

export const listTimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(300).optional().meta({ description: 'nextCursor of the previous page (timeline order).' }),
  after: z.string().max(300).optional().meta({
    description: 'syncCursor of an earlier answer: returns only entries created, edited, highlighted or deleted since then (deleted ones as tombstones), in the order they changed. For catching up after a dropped live connection.',
  }),
  includeDeleted: z.enum(['true', 'false']).default('false').meta({ description: 'Include deleted entries as tombstones.' }),
});
export type ListTimelineQuery = z.infer<typeof listTimelineQuery>;

export const timelineEntryParams = z.object({ ref: z.string().min(1).max(100), entryId: z.string().min(1).max(100) });

const authorOutput = z.object({
  userId: z.uuid().nullable(),
  label: z.string().meta({ description: 'Email of the person, or "token:<name>" for an API token.' }),
  name: z.string().nullable(),
});

export const liveEntryOutput = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  deleted: z.literal(false),
  kind: z.enum(timelineKinds),
  body: z.string().meta({ description: 'Markdown as written.' }),
  bodyHtml: z.string().meta({ description: 'The body rendered to sanitised HTML, safe to insert.' }),
  data: z.unknown().nullable().meta({ description: 'Structured data of system entries, e.g. {"field":"status","from":"investigating","to":"identified"}.' }),
  occurredAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  changedAt: z.iso.datetime(),
  author: authorOutput,
  highlighted: z.boolean(),
  version: z.number().int(),
  editedAt: z.iso.datetime().nullable(),
});

export const tombstoneOutput = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  deleted: z.literal(true),
  kind: z.enum(timelineKinds),
  occurredAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  changedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime(),
  deletedReason: z.string(),
});

export const timelineEntryOutput = z.discriminatedUnion('deleted', [liveEntryOutput, tombstoneOutput]).meta({ id: 'TimelineEntry' });
export type LiveEntryOutput = z.infer<typeof liveEntryOutput>;
export type TombstoneOutput = z.infer<typeof tombstoneOutput>;
export type TimelineEntryOutput = z.infer<typeof timelineEntryOutput>;

export const timelineListOutput = z
  .object({
    items: z.array(timelineEntryOutput),
    nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= (or, in catch-up mode, ?after=) for the next page; null on the last page.' }),
    syncCursor: z.string().meta({ description: 'Pass as ?after= later to get only what changed since this answer.' }),
  })
  .meta({ id: 'TimelinePage' });
export type TimelineListOutput = z.infer<typeof timelineListOutput>;

export const timelineRevisionOutput = z
  .object({
    body: z.string(),
    bodyHtml: z.string(),
    highlighted: z.boolean(),
    occurredAt: z.iso.datetime(),
    replacedAt: z.iso.datetime().meta({ description: 'When this text was replaced by the next version.' }),
    replacedBy: z.string(),
  })
  .meta({ id: 'TimelineEntryRevision' });

export const timelineHistoryOutput = z
  .object({
    current: liveEntryOutput,
    revisions: z.array(timelineRevisionOutput).meta({ description: 'Earlier versions, oldest first.' }),
  })
  .meta({ id: 'TimelineEntryHistory' });
export type TimelineHistoryOutput = z.infer<typeof timelineHistoryOutput>;
