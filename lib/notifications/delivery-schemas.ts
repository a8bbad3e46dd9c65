// Shapes of the delivery log, dead-letter retry and "send test message" answers, shared by
// the route handlers and the OpenAPI document.
import { z } from 'zod';
import { channelOutput } from '../subscriptions/channels.ts';

export const notificationStatuses = ['pending', 'sent', 'failed', 'dead'] as const;
export type NotificationStatusValue = (typeof notificationStatuses)[number];

export const listNotificationsQuery = z.object({
  subjectType: z.enum(['change', 'incident', 'postmortem']).optional().meta({ description: 'What the messages are about.' }),
  subjectId: z.string().trim().min(1).max(100).optional().meta({ description: 'The change or incident id.' }),
  subscription: z.uuid().optional().meta({ description: 'Only messages sent for this subscription.' }),
  status: z.union([z.enum(notificationStatuses), z.array(z.enum(notificationStatuses))]).optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
    .meta({ description: 'pending, sent, failed (will be retried) or dead (given up); repeat for several.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;

const time = z.iso.datetime();

export const notificationOutput = z
  .object({
    id: z.uuid().meta({ description: 'Stable across attempts: sent as X-Firebreak-Message-Id and in the email Message-ID.' }),
    event: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    title: z.string().nullable(),
    recipient: z.object({ kind: z.enum(['user', 'team']), name: z.string() }),
    channel: channelOutput,
    reason: z.string(),
    status: z.enum(notificationStatuses),
    attempts: z.int(),
    nextAttemptAt: time.nullable().meta({ description: 'For pending and failed messages: the next attempt.' }),
    lastError: z.string().nullable(),
    receiverAnswer: z.string().nullable().meta({ description: 'What the receiver answered on the last attempt (status and the start of the body).' }),
    sentAt: time.nullable(),
    createdAt: time,
  })
  .meta({ id: 'Notification' });
export type NotificationOutput = z.infer<typeof notificationOutput>;

export const notificationListOutput = z
  .object({ items: z.array(notificationOutput), nextCursor: z.string().nullable() })
  .meta({ id: 'NotificationList' });
export type NotificationListOutput = z.infer<typeof notificationListOutput>;

export const notificationIdParams = z.object({ id: z.uuid() });

export const testMessageOutput = z
  .object({
    ok: z.boolean().meta({ description: 'Whether the receiver accepted the message.' }),
    status: z.int().nullable().meta({ description: 'HTTP status or SMTP reply code; null when nothing answered.' }),
    answer: z.string().meta({ description: 'What the receiver answered (or why nothing was sent).' }),
  })
  .meta({ id: 'TestMessageResult' });
export type TestMessageOutput = z.infer<typeof testMessageOutput>;
