// One select and one mapper for every answer that returns a subscription. The channel target
// is always masked here: no path returns it whole.
import type { Prisma } from '../db/generated/client.ts';
import { maskChannel, type ChannelType } from './channels.ts';
import type { NotificationEvent } from './events.ts';
import type { SubscriptionOutput } from './schemas.ts';

export const subscriptionSelect = {
  id: true, includeDependencies: true, events: true, channelType: true, channelConfig: true, createdByLabel: true, createdAt: true,
  user: { select: { id: true, name: true } },
  team: { select: { slug: true, name: true } },
  service: { select: { slug: true, name: true } },
} satisfies Prisma.SubscriptionSelect;

export type SubscriptionRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionSelect }>;

export function toSubscriptionOutput(r: SubscriptionRow): SubscriptionOutput {
  const subscriber: SubscriptionOutput['subscriber'] = r.team
    ? { kind: 'team', slug: r.team.slug, name: r.team.name }
    : { kind: 'user', userId: r.user?.id ?? '', name: r.user?.name ?? '' };
  return {
    id: r.id,
    subscriber,
    service: r.service,
    includeDependencies: r.includeDependencies,
    events: r.events as NotificationEvent[],
    channel: maskChannel(r.channelType as ChannelType, r.channelConfig),
    createdBy: r.createdByLabel,
    createdAt: r.createdAt.toISOString(),
  };
}
