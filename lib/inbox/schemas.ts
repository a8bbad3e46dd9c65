// Input and output shapes of the in-app inbox: one zod schema per input, shared by the route
// handlers, the page and the OpenAPI document.
import { z } from 'zod';

export const listInboxQuery = z.object({
  unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').meta({ description: 'true: only messages you have not read.' }),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: z.string().max(300).optional().meta({ description: 'nextCursor from the previous page.' }),
});
export type ListInboxQuery = z.infer<typeof listInboxQuery>;

export const markInboxReadInput = z
  .union([
    z.object({ ids: z.array(z.uuid()).min(1).max(200).meta({ description: 'Messages to mark read (yours or your teams\').' }) }),
    z.object({ all: z.literal(true).meta({ description: 'Mark every message in your inbox read.' }) }),
  ])
  .meta({ id: 'MarkInboxReadInput', description: '`{"ids": [...]}` or `{"all": true}`.' });
export type MarkInboxReadInput = z.infer<typeof markInboxReadInput>;

const time = z.iso.datetime();
const teamRef = z.object({ slug: z.string(), name: z.string() });

export const inboxItemOutput = z
  .object({
    id: z.uuid(),
    event: z.string().meta({ description: 'change_announced, change_starting, change_completed, change_ack_reminder, incident_declared, …' }),
    createdAt: time,
    read: z.boolean().meta({ description: 'Read by you (read state is per person, also for team messages).' }),
    team: teamRef.nullable().meta({ description: 'The team whose inbox received it; null when it was sent to you.' }),
    reason: z.string().meta({ description: 'subscribed | dependency | owner_of_dependent | reminder | review_request' }),
    subject: z.object({ type: z.string(), id: z.string() }),
    title: z.string().nullable(),
    service: z.object({ slug: z.string().nullable(), name: z.string() }).nullable(),
    status: z.string().nullable().meta({ description: 'The subject\'s status when the message was written (e.g. cancelled).' }),
    kind: z.string().nullable(),
    shortNotice: z.boolean(),
    scheduledAt: time.nullable(),
    path: z.string().nullable().meta({ description: 'Where in the app the message points (e.g. /changes/{id}).' }),
    acknowledgement: z
      .object({ team: teamRef, acknowledgedAt: time.nullable(), canAcknowledge: z.boolean() })
      .nullable()
      .meta({ description: 'For a team message about a change the team was asked to acknowledge.' }),
  })
  .meta({ id: 'InboxItem' });
export type InboxItemOutput = z.infer<typeof inboxItemOutput>;

export const inboxListOutput = z
  .object({ items: z.array(inboxItemOutput), nextCursor: z.string().nullable(), unread: z.number().int().meta({ description: 'Your unread count.' }) })
  .meta({ id: 'InboxList' });
export type InboxListOutput = z.infer<typeof inboxListOutput>;

export const unreadCountOutput = z.object({ unread: z.number().int() }).meta({ id: 'InboxUnreadCount' });
export type UnreadCountOutput = z.infer<typeof unreadCountOutput>;

export const markInboxReadOutput = z
  .object({ marked: z.number().int().meta({ description: 'How many messages became read now.' }), unread: z.number().int() })
  .meta({ id: 'MarkInboxReadResult' });
export type MarkInboxReadOutput = z.infer<typeof markInboxReadOutput>;
