import 'server-only';
// A person (or an API client) adds to an incident's timeline: a note, an action taken, an
// alert, a linked change or a stakeholder update. The hot path during an outage, so it is one
// SQL statement (./insert-entry.ts: incident lookup, INSERT and NOTIFY together); no audit
// row (the entry itself is the record, with author and both times).
//
// A repeated idempotency key for the same incident returns the original entry with
// `created: false` (the API answers 200 and `Idempotent-Replayed: true` instead of 201).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { indexIncident } from '../search/index-incident.ts';
import { AppError } from '../errors/app-error.ts';
import { incidentNotFound } from '../incidents/find-incident.ts';
import { parseIncidentRef } from '../incidents/reference.ts';
import { toEntryOutput } from './entry-output.ts';
import { insertEntry } from './insert-entry.ts';
import { parseOccurredAt } from './occurred-at.ts';
import { isSystemKind, type AddTimelineEntryInput, type TimelineEntryOutput } from './schemas.ts';

export interface AddedEntry {
  entry: TimelineEntryOutput;
  created: boolean;
}

export async function addTimelineEntry(
  db: DbTx,
  { actor, ref, input, idempotencyKey }: { actor: Actor; ref: string; input: AddTimelineEntryInput; idempotencyKey?: string | null },
): Promise<AddedEntry> {
  requireRole(actor, 'responder');
  if (isSystemKind(input.kind)) {
    throw new AppError('invalid', 'Some fields are not valid: kind.', {
      issues: [{ path: 'kind', message: 'status_change and field_change entries are written by the system.' }],
    });
  }
  const occurredAt = parseOccurredAt(input.occurredAt);
  const incident = parseIncidentRef(ref);
  if (!incident) throw incidentNotFound(ref);
  // No transaction around it: insertEntry is one statement, atomic on its own.
  const { entry, created } = await insertEntry(db, actor, {
    incident,
    kind: input.kind,
    body: input.body,
    occurredAt,
    highlighted: input.highlighted,
    idempotencyKey: idempotencyKey ?? input.idempotencyKey ?? null,
  });
  // A highlighted entry is part of the incident's search document. Best kept in step here;
  // were this to fail after the insert, the next write to the incident rewrites the document.
  if (created && input.highlighted) await indexIncident(db, entry.incidentId);
  return { entry: toEntryOutput(entry), created };
}
