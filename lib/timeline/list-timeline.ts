import 'server-only';
// Reading a timeline, two ways:
// - in timeline order (occurredAt, then recordedAt, then id), paged by a keyset cursor, one
//   range scan of the (incidentId, occurredAt, recordedAt, id) index. Deleted entries are left
//   out, or shown as tombstones with `includeDeleted`.
// - catch-up (`after` = a syncCursor from an earlier answer): only what was created, edited,
//   highlighted or deleted since, in the order it changed, deleted ones as tombstones. A live
//   page that lost its connection subscribes again first, then catches up, and so misses
//   nothing (it may see a change twice: apply by id and version).
// Every answer carries a syncCursor to catch up from later.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { entrySelect, toEntryOutput } from './entry-output.ts';
import type { ListTimelineQuery, TimelineListOutput } from './schemas.ts';
import { decodePageCursor, decodeSyncCursor, encodePageCursor, encodeSyncCursor } from './timeline-cursor.ts';

export type ListTimelineInput = Omit<ListTimelineQuery, 'limit' | 'includeDeleted'> & {
  /** Up to 500 through the API; pages rendering a whole timeline may ask for more. */
  limit: number;
  includeDeleted?: 'true' | 'false' | boolean;
};

/**
 * The newest `limit` entries in timeline order, and whether older ones exist: what the incident
 * page renders first, reading only those rows (the index scanned backwards) however long the
 * timeline is.
 */
export async function listNewestTimeline(
  db: DbTx,
  { actor, ref, limit }: { actor: Actor; ref: string; limit: number },
): Promise<TimelineListOutput & { hasEarlier: boolean }> {
  requireRole(actor, 'viewer');
  const { id: incidentId } = await findIncidentId(db, ref);
  const [latest, rows] = await Promise.all([
    findSyncPoint(db, incidentId),
    db.timelineEntry.findMany({
      where: { incidentId },
      orderBy: [{ occurredAt: 'desc' }, { recordedAt: 'desc' }, { id: 'desc' }],
      take: pageTake(limit),
      select: entrySelect,
    }),
  ]);
  const page = rows.slice(0, limit).reverse();
  return { items: page.map(toEntryOutput), nextCursor: null, syncCursor: encodeSyncCursor(latest), hasEarlier: rows.length > limit };
}

export async function listTimeline(
  db: DbTx,
  { actor, ref, input }: { actor: Actor; ref: string; input: ListTimelineInput },
): Promise<TimelineListOutput> {
  requireRole(actor, 'viewer');
  const { id: incidentId } = await findIncidentId(db, ref);
  if (input.after) return catchUp(db, incidentId, input.after, input.limit);

  // Read the sync point first: a change landing between the two reads is then seen again on
  // the next catch-up rather than missed.
  const latest = await findSyncPoint(db, incidentId);
  const includeDeleted = input.includeDeleted === true || input.includeDeleted === 'true';
  const where: Prisma.TimelineEntryWhereInput[] = [{ incidentId }];
  if (!includeDeleted) where.push({ deletedAt: null });
  if (input.cursor) {
    const k = decodePageCursor(input.cursor);
    where.push({
      OR: [
        { occurredAt: { gt: k.occurredAt } },
        { occurredAt: k.occurredAt, recordedAt: { gt: k.recordedAt } },
        { occurredAt: k.occurredAt, recordedAt: k.recordedAt, id: { gt: k.id } },
      ],
    });
  }
  const rows = await db.timelineEntry.findMany({
    where: { AND: where },
    orderBy: [{ occurredAt: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }],
    take: pageTake(input.limit),
    select: entrySelect,
  });
  const page = takePage(rows, input.limit, encodePageCursor);
  return {
    items: page.items.map(toEntryOutput),
    nextCursor: page.nextCursor,
    syncCursor: encodeSyncCursor(latest),
  };
}

/** The newest change on the timeline: catching up from here later misses nothing. */
function findSyncPoint(db: DbTx, incidentId: string) {
  return db.timelineEntry.findFirst({
    where: { incidentId },
    orderBy: [{ changedAt: 'desc' }, { id: 'desc' }],
    select: { changedAt: true, id: true },
  });
}

async function catchUp(db: DbTx, incidentId: string, after: string, limit: number): Promise<TimelineListOutput> {
  const k = decodeSyncCursor(after);
  const rows = await db.timelineEntry.findMany({
    where: { incidentId, OR: [{ changedAt: { gt: k.changedAt } }, { changedAt: k.changedAt, id: { gt: k.id } }] },
    orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
    take: pageTake(limit),
    select: entrySelect,
  });
  // Catching up, the next page starts where the sync cursor points: they are one cursor.
  const page = takePage(rows, limit, encodeSyncCursor);
  const sync = page.nextCursor ?? encodeSyncCursor(page.items.at(-1) ?? k);
  return { items: page.items.map(toEntryOutput), nextCursor: page.nextCursor, syncCursor: sync };
}
