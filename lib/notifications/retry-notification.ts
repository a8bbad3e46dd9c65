import 'server-only';
// An administrator gives a dead (or failing) message another chance: back to pending with a
// fresh attempt count, due now, and the worker woken. Audited.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { NotificationOutput } from './delivery-schemas.ts';
import { notificationSelect, toNotificationOutput } from './notification-output.ts';
import { nudgeWorker } from './nudge-worker.ts';

export async function retryNotification(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<NotificationOutput> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const row = await tx.notificationMessage.findUnique({ where: { id }, select: { status: true, attempts: true, lastError: true } });
    if (!row) throw new AppError('not_found', 'Notification not found.');
    if (row.status === 'sent' || row.status === 'pending') {
      throw new AppError('conflict', row.status === 'sent' ? 'This notification was delivered; there is nothing to retry.' : 'This notification is already waiting to be sent.');
    }
    const updated = await tx.notificationMessage.update({
      where: { id },
      data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null },
      select: notificationSelect,
    });
    await recordAudit(tx, actor, {
      action: 'notification.retried',
      entityType: 'notification',
      entityId: id,
      before: { status: row.status, attempts: row.attempts, lastError: row.lastError },
      after: { status: 'pending', attempts: 0 },
    });
    await nudgeWorker(tx);
    return toNotificationOutput(updated);
  });
}
