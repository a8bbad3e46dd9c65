import 'server-only';
// Correcting an entry's text or time. Optimistic concurrency as for incidents: the edit names
// the entry version it is based on; a stale one answers 409 with the current entry. The
// replaced text is kept as a revision (history is viewable), and the edit is audited.
// A change of `highlighted` alone is ./set-highlight.ts (no version needed).
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexIncident } from '../search/index-incident.ts';
import { findLiveEntry, refuseSystemEntry, requireEntryWriter } from './entry-access.ts';
import { entrySelect, toLiveEntry, type EntryRow } from './entry-output.ts';
import { parseOccurredAt } from './occurred-at.ts';
import { renderMarkdown } from './render-markdown.ts';
import { setHighlight } from './set-highlight.ts';
import type { EditTimelineEntryInput, LiveEntryOutput } from './schemas.ts';

class StaleEntry extends Error {}

async function entryConflict(db: DbTx, entryId: string): Promise<AppError> {
  const row = await db.timelineEntry.findUnique({ where: { id: entryId }, select: entrySelect });
  return new AppError('conflict', 'Someone else edited this entry meanwhile. Review the current text, then apply your change again.', {
    details: { current: row && !row.deletedAt ? toLiveEntry(row) : null },
  });
}

export async function editTimelineEntry(
  db: Db,
  { actor, ref, entryId, input }: { actor: Actor; ref: string; entryId: string; input: EditTimelineEntryInput },
): Promise<LiveEntryOutput> {
  if (input.body === undefined && input.occurredAt === undefined) {
    if (input.highlighted === undefined) throw new AppError('invalid', 'Send body, occurredAt or highlighted.');
    return setHighlight(db, { actor, ref, entryId, highlighted: input.highlighted });
  }
  try {
    return await db.$transaction(async (tx) => {
      const entry: EntryRow = await findLiveEntry(tx, ref, entryId);
      requireEntryWriter(actor, entry);
      refuseSystemEntry(entry, 'edited');
      if (input.version !== entry.version) throw new StaleEntry();

      const body = input.body ?? entry.body;
      const occurredAt = input.occurredAt !== undefined ? parseOccurredAt(input.occurredAt) : entry.occurredAt;
      const highlighted = input.highlighted ?? entry.highlighted;
      const textChanged = body !== entry.body || occurredAt.getTime() !== entry.occurredAt.getTime();
      if (!textChanged && highlighted === entry.highlighted) return toLiveEntry(entry);

      if (textChanged) {
        await tx.timelineEntryRevision.create({
          data: { entryId, body: entry.body, highlighted: entry.highlighted, occurredAt: entry.occurredAt, editedById: actor.userId, editedBy: actor.label },
        });
      }
      const [updated] = await tx.timelineEntry.updateManyAndReturn({
        where: { id: entryId, version: entry.version },
        data: textChanged
          ? { body, bodyHtml: renderMarkdown(body), occurredAt, highlighted, version: { increment: 1 }, editedAt: new Date() }
          : { highlighted },
        select: entrySelect,
      });
      if (!updated) throw new StaleEntry();
      if (textChanged) {
        await recordAudit(tx, actor, {
          action: 'timeline_entry.edited',
          entityType: 'timeline_entry',
          entityId: entryId,
          before: { body: entry.body, occurredAt: entry.occurredAt },
          after: { body, occurredAt },
        });
      }
      if (entry.highlighted || highlighted) await indexIncident(tx, entry.incidentId);
      await publishIncidentEvent(tx, { incidentId: entry.incidentId, kind: 'timeline.updated', entryId });
      return toLiveEntry(updated);
    });
  } catch (e) {
    if (e instanceof StaleEntry) throw await entryConflict(db, entryId);
    throw e;
  }
}
