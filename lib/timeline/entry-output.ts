// What the timeline reads from the database for one entry, and the plain DTO it returns:
// a live entry, or a tombstone (id, times, reason) once deleted, so nobody reads deleted text
// through the API while the list still shows that something was there.
import type { Prisma } from '../db/generated/client.ts';
import type { LiveEntryOutput, TimelineEntryOutput, TimelineKind, TombstoneOutput } from './schemas.ts';

export const entrySelect = {
  id: true,
  incidentId: true,
  kind: true,
  body: true,
  bodyHtml: true,
  data: true,
  occurredAt: true,
  recordedAt: true,
  changedAt: true,
  authorUserId: true,
  authorLabel: true,
  highlighted: true,
  version: true,
  editedAt: true,
  deletedAt: true,
  deletedReason: true,
  author: { select: { name: true } },
} satisfies Prisma.TimelineEntrySelect;

export type EntryRow = Prisma.TimelineEntryGetPayload<{ select: typeof entrySelect }>;

export function toLiveEntry(e: EntryRow): LiveEntryOutput {
  return {
    id: e.id,
    incidentId: e.incidentId,
    deleted: false,
    kind: e.kind as TimelineKind,
    body: e.body,
    bodyHtml: e.bodyHtml,
    data: e.data ?? null,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    changedAt: e.changedAt.toISOString(),
    author: { userId: e.authorUserId, label: e.authorLabel, name: e.author?.name ?? null },
    highlighted: e.highlighted,
    version: e.version,
    editedAt: e.editedAt?.toISOString() ?? null,
  };
}

export function toTombstone(e: EntryRow & { deletedAt: Date }): TombstoneOutput {
  return {
    id: e.id,
    incidentId: e.incidentId,
    deleted: true,
    kind: e.kind as TimelineKind,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    changedAt: e.changedAt.toISOString(),
    deletedAt: e.deletedAt.toISOString(),
    deletedReason: e.deletedReason ?? '',
  };
}

export function toEntryOutput(e: EntryRow): TimelineEntryOutput {
  return e.deletedAt ? toTombstone({ ...e, deletedAt: e.deletedAt }) : toLiveEntry(e);
}
