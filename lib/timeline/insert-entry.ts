import 'server-only';
// The one way an entry gets into a timeline, for people (notes, actions…) and for the system
// (status and field changes). Inside the caller's transaction it is one INSERT, plus one
// NOTIFY when a row was really created, so live pages hear of it only on commit.
//
// Idempotency: with a key, the INSERT is `ON CONFLICT (incidentId, idempotencyKey) DO NOTHING`
// (Prisma's skipDuplicates). A retry that races the original waits on the unique index until
// the original commits, inserts nothing, and then reads the original back, so ten concurrent
// retries still leave exactly one entry.
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { entrySelect, type EntryRow } from './entry-output.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { TimelineKind } from './schemas.ts';

export interface NewEntry {
  incidentId: string;
  kind: TimelineKind;
  body: string;
  data?: Prisma.InputJsonValue;
  occurredAt?: Date;
  highlighted?: boolean;
  idempotencyKey?: string | null;
}

export interface InsertedEntry {
  entry: EntryRow;
  /** false when the idempotency key had been used: `entry` is the original. */
  created: boolean;
}

export async function insertEntry(tx: DbTx, actor: Actor, e: NewEntry): Promise<InsertedEntry> {
  const data: Prisma.TimelineEntryCreateManyInput = {
    incidentId: e.incidentId,
    kind: e.kind,
    body: e.body,
    bodyHtml: renderMarkdown(e.body),
    data: e.data,
    occurredAt: e.occurredAt ?? new Date(),
    highlighted: e.highlighted ?? false,
    authorUserId: actor.userId,
    authorLabel: actor.label,
    idempotencyKey: e.idempotencyKey ?? null,
  };
  const rows = await tx.timelineEntry.createManyAndReturn({ data: [data], skipDuplicates: true, select: entrySelect });
  const created = rows[0];
  if (created) {
    await publishIncidentEvent(tx, { incidentId: e.incidentId, kind: 'timeline.created', entryId: created.id });
    return { entry: created, created: true };
  }
  if (!e.idempotencyKey) throw new Error('Timeline insert returned no row without an idempotency key.');
  const original = await tx.timelineEntry.findUnique({
    where: { incidentId_idempotencyKey: { incidentId: e.incidentId, idempotencyKey: e.idempotencyKey } },
    select: entrySelect,
  });
  if (!original) throw new AppError('conflict', 'A request with this Idempotency-Key is still being processed; retry shortly.');
  return { entry: original, created: false };
}
