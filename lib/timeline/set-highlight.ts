import 'server-only';
// Marking an entry (any kind, system entries included) for the postmortem, or unmarking it.
// It changes no text, so it needs no version and bumps none: highlighting never makes
// someone's concurrent text edit fail.
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexIncident } from '../search/index-incident.ts';
import { findLiveEntry, requireEntryWriter } from './entry-access.ts';
import { entrySelect, toLiveEntry } from './entry-output.ts';
import type { LiveEntryOutput } from './schemas.ts';

export async function setHighlight(
  db: Db,
  { actor, ref, entryId, highlighted }: { actor: Actor; ref: string; entryId: string; highlighted: boolean },
): Promise<LiveEntryOutput> {
  return db.$transaction(async (tx) => {
    const entry = await findLiveEntry(tx, ref, entryId);
    requireEntryWriter(actor, entry);
    if (entry.highlighted === highlighted) return toLiveEntry(entry);
    const updated = await tx.timelineEntry.update({ where: { id: entryId }, data: { highlighted }, select: entrySelect });
    // Highlighted entries are part of the incident's search document (weight C).
    await indexIncident(tx, entry.incidentId);
    await publishIncidentEvent(tx, { incidentId: entry.incidentId, kind: 'timeline.updated', entryId });
    return toLiveEntry(updated);
  });
}
