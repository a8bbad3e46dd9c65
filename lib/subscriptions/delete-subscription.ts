import 'server-only';
// Unsubscribing. A person removes their own subscriptions; team subscriptions need the
// responder role; an administrator may remove anyone's. What another person may not delete
// is "not found" to them, like everything they may not see. Messages for it still waiting in
// the outbox are marked dead (a withdrawn target must not be sent to) and keep their row for
// the delivery log.
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import { canManageSubscription } from './can-manage-subscription.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { subscriptionSelect, toSubscriptionOutput } from './subscription-output.ts';

export async function deleteSubscription(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<void> {
  requireRole(actor, 'viewer');
  await db.$transaction(async (tx) => {
    const row = await tx.subscription.findUnique({ where: { id }, select: { ...subscriptionSelect, userId: true, teamId: true } });
    const isOwn = !!row?.userId && row.userId === actor.userId;
    const visible = row && (isOwn || row.teamId !== null || hasRole(actor, 'admin'));
    if (!row || !visible) throw new AppError('not_found', 'Subscription not found.');
    if (!canManageSubscription(actor, row)) throw new AppError('forbidden', 'Removing a team subscription needs the responder role.');
    await tx.notificationMessage.updateMany({ where: { subscriptionId: id, status: { in: ['pending', 'failed'] } }, data: { status: 'dead', lastError: 'Subscription deleted before delivery.' } });
    await tx.subscription.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'subscription.deleted', entityType: 'subscription', entityId: id, before: toSubscriptionOutput(row) });
  });
}
