import 'server-only';
// Finding one entry of one incident for a change, and who may change it: responders and
// admins, or the entry's own author (who may since have become a viewer). Entries the system
// wrote (status and field changes) are the incident's record and are never rewritten.
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { entrySelect, type EntryRow } from './entry-output.ts';
import { isSystemKind, type TimelineKind } from './schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const entryNotFound = () => new AppError('not_found', 'Timeline entry not found.');

/** The live (not deleted) entry `entryId` of the incident `ref`, or `not_found`. */
export async function findLiveEntry(db: DbTx, ref: string, entryId: string): Promise<EntryRow> {
  if (!UUID.test(entryId)) throw entryNotFound();
  const { id: incidentId } = await findIncidentId(db, ref);
  const entry = await db.timelineEntry.findFirst({ where: { id: entryId, incidentId, deletedAt: null }, select: entrySelect });
  if (!entry) throw entryNotFound();
  return entry;
}

export function requireEntryWriter(actor: Actor, entry: Pick<EntryRow, 'authorUserId'>): void {
  const isAuthor = actor.userId !== null && entry.authorUserId === actor.userId;
  if (!isAuthor && !hasRole(actor, 'responder')) {
    throw new AppError('forbidden', 'Only responders, or the author of this entry, may change it.');
  }
}

export function refuseSystemEntry(entry: Pick<EntryRow, 'kind'>, what: 'edited' | 'deleted'): void {
  if (isSystemKind(entry.kind as TimelineKind)) {
    throw new AppError('invalid', `Entries written by the system (status and field changes) cannot be ${what}.`);
  }
}
