import 'server-only';
// An entry's edit history: the current version and every earlier text, oldest first, with
// who replaced it and when. Deleted entries have no readable history here (the audit log
// keeps their text for administrators).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { findLiveEntry } from './entry-access.ts';
import { toLiveEntry } from './entry-output.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { TimelineHistoryOutput } from './schemas.ts';

export async function getTimelineEntryHistory(
  db: DbTx,
  { actor, ref, entryId }: { actor: Actor; ref: string; entryId: string },
): Promise<TimelineHistoryOutput> {
  requireRole(actor, 'viewer');
  const entry = await findLiveEntry(db, ref, entryId);
  const revisions = await db.timelineEntryRevision.findMany({
    where: { entryId },
    orderBy: [{ editedAt: 'asc' }, { id: 'asc' }],
    select: { body: true, highlighted: true, occurredAt: true, editedAt: true, editedBy: true },
  });
  return {
    current: toLiveEntry(entry),
    revisions: revisions.map((r) => ({
      body: r.body,
      bodyHtml: renderMarkdown(r.body),
      highlighted: r.highlighted,
      occurredAt: r.occurredAt.toISOString(),
      replacedAt: r.editedAt.toISOString(),
      replacedBy: r.editedBy,
    })),
  };
}
