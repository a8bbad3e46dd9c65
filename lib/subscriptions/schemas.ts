// Input and output shapes of subscriptions, shared by the route handlers and the OpenAPI
// document.
import { z } from 'zod';
import { channelInput, channelOutput } from './channels.ts';
import { notificationEvents } from './events.ts';

export const notificationEventField = z.enum(notificationEvents);

export const createSubscriptionInput = z
  .object({
    service: z.string().trim().min(1).max(100).meta({ description: 'Slug of the service to hear about.' }),
    team: z.string().trim().min(1).max(100).optional().meta({
      description: 'Subscribe this team (slug; needs the responder role). Without it the subscription is the signed-in person\'s own.',
    }),
    includeDependencies: z.boolean().default(false).meta({ description: 'Also hear about everything the service depends on, transitively.' }),
    events: z.array(notificationEventField).min(1).max(notificationEvents.length)
      .transform((e) => [...new Set(e)])
      .meta({ description: 'change_completed covers completed and rolled back changes.' }),
    channel: channelInput,
  })
  .meta({ id: 'CreateSubscriptionInput' });
export type CreateSubscriptionInput = z.infer<typeof createSubscriptionInput>;

export const subscriptionIdParams = z.object({ id: z.uuid() });

export const listSubscriptionsQuery = z.object({
  service: z.string().trim().min(1).max(100).optional().meta({ description: 'Slug of the subscribed service.' }),
  team: z.string().trim().min(1).max(100).optional().meta({ description: 'Only this team\'s subscriptions.' }),
  mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true').meta({ description: 'Only the signed-in person\'s own subscriptions.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListSubscriptionsQuery = z.infer<typeof listSubscriptionsQuery>;

const time = z.iso.datetime();

export const subscriptionOutput = z
  .object({
    id: z.uuid(),
    subscriber: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), userId: z.uuid(), name: z.string() }),
      z.object({ kind: z.literal('team'), slug: z.string(), name: z.string() }),
    ]),
    service: z.object({ slug: z.string(), name: z.string() }),
    includeDependencies: z.boolean(),
    events: z.array(notificationEventField),
    channel: channelOutput,
    createdBy: z.string(),
    createdAt: time,
  })
  .meta({ id: 'Subscription' });
export type SubscriptionOutput = z.infer<typeof subscriptionOutput>;

export const subscriptionListItem = subscriptionOutput
  .extend({ canManage: z.boolean().meta({ description: 'Whether you may unsubscribe it or send a test message through it.' }) })
  .meta({ id: 'SubscriptionListItem' });
export type SubscriptionListItem = z.infer<typeof subscriptionListItem>;

export const subscriptionListOutput = z
  .object({ items: z.array(subscriptionListItem), nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }) })
  .meta({ id: 'SubscriptionList' });
export type SubscriptionListOutput = z.infer<typeof subscriptionListOutput>;
