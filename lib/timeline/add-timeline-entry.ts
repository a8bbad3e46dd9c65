import 'server-only';
// A person (or an API client) adds to an incident's timeline: a note, an action taken, an
// alert, a linked change or a stakeholder update. The hot path during an outage, so it is
// one lookup of the incident and then one transaction holding one INSERT and one NOTIFY;
// no audit row (the entry itself is the record, with author and both times).
//
// A repeated idempotency key for the same incident returns the original entry with
// `created: false` (the API answers 200 and `Idempotent-Replayed: true` instead of 201).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { toEntryOutput } from './entry-output.ts';
import { insertEntry } from './insert-entry.ts';
import { parseOccurredAt } from './occurred-at.ts';
import { isSystemKind, type AddTimelineEntryInput, type TimelineEntryOutput } from './schemas.ts';

export interface AddedEntry {
  entry: TimelineEntryOutput;
  created: boolean;
}

export async function addTimelineEntry(
  db: Db,
  { actor, ref, input, idempotencyKey }: { actor: Actor; ref: string; input: AddTimelineEntryInput; idempotencyKey?: string | null },
): Promise<AddedEntry> {
  requireRole(actor, 'responder');
  if (isSystemKind(input.kind)) {
    throw new AppError('invalid', 'Some fields are not valid: kind.', {
      issues: [{ path: 'kind', message: 'status_change and field_change entries are written by the system.' }],
    });
  }
  const occurredAt = parseOccurredAt(input.occurredAt);
  const incident = await findIncidentId(db, ref);
  const { entry, created } = await db.$transaction((tx) =>
    insertEntry(tx, actor, {
      incidentId: incident.id,
      kind: input.kind,
      body: input.body,
      occurredAt,
      highlighted: input.highlighted,
      idempotencyKey: idempotencyKey ?? input.idempotencyKey ?? null,
    }),
  );
  return { entry: toEntryOutput(entry), created };
}
