import 'server-only';
// The outbox write for messages to named recipients rather than subscribers: reminders
// (an overdue action item to its owner, an unreviewed known issue to its owner team, an
// unacknowledged change to a team). Same table and delivery as enqueueNotifications(); the
// caller decides who is told, and runs this inside its own transaction.
//
// A direct message has no subscription, so its channel target comes from the recipient:
// `inbox` → the user's or team's inbox; `email` → the user's own address (users only).
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { initialDelivery, nudgeWorker } from './nudge-worker.ts';
import type { ReminderEvent } from '../subscriptions/events.ts';
import type { NotificationSubject } from './enqueue-notifications.ts';

export type DirectRecipient =
  | { userId: string; channelType: 'inbox' | 'email' }
  | { teamId: string; channelType: 'inbox' };

/** Returns how many messages were written. */
export async function enqueueDirectNotifications(
  tx: DbTx,
  {
    event,
    subject,
    recipients,
    payload,
    reason = 'reminder',
  }: {
    event: ReminderEvent;
    subject: Omit<NotificationSubject, 'serviceId'>;
    recipients: DirectRecipient[];
    payload: Record<string, unknown>;
    /** Why the recipient hears of it: 'reminder', or 'review_request' for a postmortem review. */
    reason?: 'reminder' | 'review_request';
  },
): Promise<number> {
  const seen = new Set<string>();
  const rows = recipients.filter((r) => {
    const key = `${'userId' in r ? `u:${r.userId}` : `t:${r.teamId}`}|${r.channelType}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length === 0) return 0;
  const now = new Date();
  const { count } = await tx.notificationMessage.createMany({
    data: rows.map((r) => ({
      event,
      subjectType: subject.type,
      subjectId: subject.id,
      recipientUserId: 'userId' in r ? r.userId : null,
      recipientTeamId: 'teamId' in r ? r.teamId : null,
      subscriptionId: null,
      channelType: r.channelType,
      reason,
      ...initialDelivery(r.channelType, now),
      payload: payload as Prisma.InputJsonValue,
    })),
  });
  if (rows.some((r) => r.channelType !== 'inbox')) await nudgeWorker(tx);
  return count;
}
