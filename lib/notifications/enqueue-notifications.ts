import 'server-only';
// The outbox write: one NotificationMessage per recipient and channel, inside the caller's
// transaction, so a message exists exactly when the event that caused it was committed. The
// delivery worker (lib/worker) picks pending rows up after commit; the pg_notify written here
// wakes it when the transaction commits. The payload is language-neutral data; each channel
// renders it in the recipient's language when it sends. Inbox rows are delivered on write.
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { NotificationEvent } from '../subscriptions/events.ts';
import { resolveRecipients, type Recipient } from '../subscriptions/resolve-recipients.ts';
import { initialDelivery, nudgeWorker } from './nudge-worker.ts';

export interface NotificationSubject {
  type: 'change' | 'incident' | 'postmortem' | 'known_issue' | 'action_item' | 'alert';
  id: string;
  /** The service whose subscribers are told. */
  serviceId: string;
}

/**
 * One message per person or team and channel, even when several of an incident's services
 * reach them: the inbox and email once per recipient, other channels once per subscription.
 */
function recipientKey(r: Recipient): string {
  const who = r.userId ? `u:${r.userId}` : `t:${r.teamId ?? ''}`;
  return `${who}|${r.channelType}|${r.channelType === 'inbox' || r.channelType === 'email' ? '' : (r.subscriptionId ?? '')}`;
}

/** Returns how many messages were written. */
export async function enqueueNotifications(
  tx: DbTx,
  { event, subject, payload }: { event: NotificationEvent; subject: NotificationSubject; payload: Record<string, unknown> },
): Promise<number> {
  return enqueueForServices(tx, { event, subject: { type: subject.type, id: subject.id }, serviceIds: [subject.serviceId], payload });
}

/** The same for an event on several services (an incident's affected services). */
export async function enqueueForServices(
  tx: DbTx,
  { event, subject, serviceIds, payload }: { event: NotificationEvent; subject: Omit<NotificationSubject, 'serviceId'>; serviceIds: string[]; payload: Record<string, unknown> },
): Promise<number> {
  const byKey = new Map<string, Recipient>();
  for (const serviceId of [...new Set(serviceIds)]) {
    for (const r of await resolveRecipients(tx, { serviceId, event })) {
      const key = recipientKey(r);
      if (!byKey.has(key)) byKey.set(key, r);
    }
  }
  const recipients = [...byKey.values()];
  if (recipients.length === 0) return 0;
  const now = new Date();
  const { count } = await tx.notificationMessage.createMany({
    data: recipients.map((r) => ({
      event,
      subjectType: subject.type,
      subjectId: subject.id,
      recipientUserId: r.userId,
      recipientTeamId: r.teamId,
      subscriptionId: r.subscriptionId,
      channelType: r.channelType,
      reason: r.reason,
      ...initialDelivery(r.channelType, now),
      payload: { ...payload, viaServiceId: r.viaServiceId } as Prisma.InputJsonValue,
    })),
  });
  if (recipients.some((r) => r.channelType !== 'inbox')) await nudgeWorker(tx);
  return count;
}
