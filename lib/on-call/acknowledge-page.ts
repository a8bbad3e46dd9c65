import 'server-only';
// Acknowledging a page stops the escalation for that incident: the page is "acknowledged",
// every other open page of the escalation "cancelled" (their unsent messages withdrawn), and
// the timeline says who acknowledged when, and how long after the page. The paged person may
// acknowledge (in the app or by signed link); so may any responder (on their behalf).
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { pageNotFound } from './access.ts';
import { cancelOpenPages } from './cancel-open-pages.ts';
import { acknowledgedEntry } from './page-entries.ts';
import { onCallActor } from './page-level.ts';
import { toPageOutput, pageSelect } from './page-output.ts';
import type { PageOutput } from './schemas.ts';

/** Locks the page's escalation (waits for a running pass) and returns the page. */
export async function lockPage(tx: DbTx, pageId: string) {
  const page = await tx.page.findUnique({ where: { id: pageId }, select: { id: true, escalationId: true } });
  if (!page) throw pageNotFound(pageId);
  await tx.$queryRaw`SELECT id FROM "PageEscalation" WHERE id = ${page.escalationId}::uuid FOR UPDATE`;
  return tx.page.findUniqueOrThrow({
    where: { id: pageId },
    select: { ...pageSelect, escalationId: true, incidentId: true, userId: true, escalation: { select: { status: true } } },
  });
}

export async function acknowledgePageLocked(tx: DbTx, { pageId, actor, now, via }: { pageId: string; actor: Actor | null; now: Date; via: 'link' | 'app' }): Promise<PageOutput> {
  const page = await lockPage(tx, pageId);
  if (actor && actor.userId !== page.userId && !hasRole(actor, 'responder')) throw new AppError('forbidden', 'Only the person paged or a responder can acknowledge this page.');
  if (page.status === 'acknowledged') return toPageOutput(page);
  if (page.escalation.status !== 'active') {
    throw new AppError('conflict', page.escalation.status === 'acknowledged' ? 'Someone has already acknowledged this incident.' : 'Paging for this incident has ended.');
  }
  const updated = await tx.page.update({ where: { id: pageId }, data: { status: 'acknowledged', acknowledgedAt: now, endedAt: now }, select: pageSelect });
  await cancelOpenPages(tx, { escalationId: page.escalationId, now, status: 'cancelled', exceptPageId: pageId });
  await tx.pageEscalation.update({ where: { id: page.escalationId }, data: { status: 'acknowledged' } });
  const entry = acknowledgedEntry({ name: page.user.name, sentAt: page.sentAt, at: now, via });
  await insertEntry(tx, actor?.userId ? actor : onCallActor, { incident: { id: page.incidentId }, ...entry, occurredAt: now, idempotencyKey: `page:${pageId}:ack` });
  // The incident's key time "acknowledged" is the first acknowledgement.
  await tx.incident.updateMany({ where: { id: page.incidentId, acknowledgedAt: null }, data: { acknowledgedAt: now } });
  return toPageOutput(updated);
}

export async function acknowledgePage(db: { $transaction: <T>(fn: (tx: DbTx) => Promise<T>) => Promise<T> }, { actor, pageId, now = new Date() }: { actor: Actor; pageId: string; now?: Date }): Promise<PageOutput> {
  if (!actor.userId && !hasRole(actor, 'responder')) throw new AppError('forbidden', 'This needs the responder role.');
  return db.$transaction((tx) => acknowledgePageLocked(tx, { pageId, actor, now, via: 'app' }));
}
