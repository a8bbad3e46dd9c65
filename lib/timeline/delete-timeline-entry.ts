import 'server-only';
// Deleting an entry is soft and needs a reason: the row stays (as a tombstone in the timeline,
// with who, when and why), and the audit record keeps the deleted text for administrators.
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexIncident } from '../search/index-incident.ts';
import { findLiveEntry, refuseSystemEntry, requireEntryWriter } from './entry-access.ts';
import { entrySelect, toTombstone } from './entry-output.ts';
import type { DeleteTimelineEntryInput, TombstoneOutput } from './schemas.ts';

export async function deleteTimelineEntry(
  db: Db,
  { actor, ref, entryId, input }: { actor: Actor; ref: string; entryId: string; input: DeleteTimelineEntryInput },
): Promise<TombstoneOutput> {
  return db.$transaction(async (tx) => {
    const entry = await findLiveEntry(tx, ref, entryId);
    requireEntryWriter(actor, entry);
    refuseSystemEntry(entry, 'deleted');
    const deletedAt = new Date();
    const updated = await tx.timelineEntry.update({
      where: { id: entryId },
      data: { deletedAt, deletedReason: input.reason, deletedById: actor.userId },
      select: entrySelect,
    });
    await recordAudit(tx, actor, {
      action: 'timeline_entry.deleted',
      entityType: 'timeline_entry',
      entityId: entryId,
      before: { incidentId: entry.incidentId, kind: entry.kind, body: entry.body, occurredAt: entry.occurredAt, author: entry.authorLabel },
      after: { reason: input.reason },
    });
    if (entry.highlighted) await indexIncident(tx, entry.incidentId);
    await publishIncidentEvent(tx, { incidentId: entry.incidentId, kind: 'timeline.deleted', entryId });
    return toTombstone({ ...updated, deletedAt });
  });
}
