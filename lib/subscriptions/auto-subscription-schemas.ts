// Shapes of a team's automatic change notices (per dependency, on or opted out).
import { z } from 'zod';

export const autoSubscriptionOutput = z
  .object({
    service: z.object({ slug: z.string(), name: z.string() }),
    depth: z.int().meta({ description: '1 when one of the team\'s services calls it directly.' }),
    enabled: z.boolean().meta({ description: 'false when the team opted out of this service\'s change notices.' }),
  })
  .meta({ id: 'AutoSubscription' });
export type AutoSubscriptionOutput = z.infer<typeof autoSubscriptionOutput>;

export const autoSubscriptionListOutput = z.object({ items: z.array(autoSubscriptionOutput) }).meta({ id: 'AutoSubscriptionList' });

export const setAutoSubscriptionInput = z
  .object({
    service: z.string().trim().min(1).max(100).meta({ description: 'Slug of a service the team\'s services depend on.' }),
    enabled: z.boolean(),
  })
  .meta({ id: 'SetAutoSubscriptionInput' });
export type SetAutoSubscriptionInput = z.infer<typeof setAutoSubscriptionInput>;

export const teamAutoParams = z.object({ slug: z.string().trim().min(1).max(100) });
