// One select and one mapper for the delivery log: channel targets masked, as everywhere.
import type { Prisma } from '../db/generated/client.ts';
import { maskChannel, type ChannelType } from '../subscriptions/channels.ts';
import type { NotificationOutput, NotificationStatusValue } from './delivery-schemas.ts';

export const notificationSelect = {
  id: true, event: true, subjectType: true, subjectId: true, channelType: true, reason: true, payload: true, status: true,
  attempts: true, nextAttemptAt: true, lastError: true, receiverAnswer: true, sentAt: true, createdAt: true,
  recipientUser: { select: { name: true, email: true } },
  recipientTeam: { select: { name: true } },
  subscription: { select: { channelConfig: true } },
} satisfies Prisma.NotificationMessageSelect;

export type NotificationRow = Prisma.NotificationMessageGetPayload<{ select: typeof notificationSelect }>;

export function toNotificationOutput(r: NotificationRow): NotificationOutput {
  const type = r.channelType as ChannelType;
  const payload = (r.payload && typeof r.payload === 'object' ? r.payload : {}) as Record<string, unknown>;
  const title = typeof payload.title === 'string' ? payload.title : null;
  const waiting = r.status === 'pending' || r.status === 'failed';
  return {
    id: r.id,
    event: r.event,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    title: typeof payload.reference === 'string' && title ? `${payload.reference} ${title}` : title,
    recipient: r.recipientTeam ? { kind: 'team', name: r.recipientTeam.name } : { kind: 'user', name: r.recipientUser?.name ?? '' },
    channel: r.subscription
      ? maskChannel(type, r.subscription.channelConfig)
      : type === 'email' && r.recipientUser
        ? { type, address: r.recipientUser.email }
        : { type },
    reason: r.reason,
    status: r.status as NotificationStatusValue,
    attempts: r.attempts,
    nextAttemptAt: waiting ? r.nextAttemptAt.toISOString() : null,
    lastError: r.lastError,
    receiverAnswer: r.receiverAnswer,
    sentAt: r.sentAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
