import 'server-only';
// The outbox write: one NotificationMessage per recipient and channel, inside the caller's
// transaction, so a message exists exactly when the event that caused it was committed. The
// delivery worker (docs/notifications.md) picks pending rows up after commit. The payload is
// language-neutral data; each channel renders it in the recipient's language when it sends.
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { NotificationEvent } from '../subscriptions/events.ts';
import { resolveRecipients } from '../subscriptions/resolve-recipients.ts';

export interface NotificationSubject {
  type: 'change' | 'incident' | 'postmortem' | 'known_issue' | 'action_item';
  id: string;
  /** The service whose subscribers are told. */
  serviceId: string;
}

/** Returns how many messages were written. */
export async function enqueueNotifications(
  tx: DbTx,
  { event, subject, payload }: { event: NotificationEvent; subject: NotificationSubject; payload: Record<string, unknown> },
): Promise<number> {
  const recipients = await resolveRecipients(tx, { serviceId: subject.serviceId, event });
  if (recipients.length === 0) return 0;
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
      payload: { ...payload, viaServiceId: r.viaServiceId } as Prisma.InputJsonValue,
    })),
  });
  return count;
}
