import 'server-only';
// Subscriptions a caller may see: their own and every team's (channels masked); an
// administrator sees everyone's. Newest first, keyset-paginated on (createdAt, id).
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { ListSubscriptionsQuery, SubscriptionListOutput } from './schemas.ts';
import { canManageSubscription } from './can-manage-subscription.ts';
import { subscriptionSelect, toSubscriptionOutput } from './subscription-output.ts';
import { decodeCreatedAtCursor, encodeCreatedAtCursor, olderThan } from '../api/created-at-cursor.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';

export async function listSubscriptions(db: DbTx, { actor, input }: { actor: Actor; input: ListSubscriptionsQuery }): Promise<SubscriptionListOutput> {
  requireRole(actor, 'viewer');
  const filters: Prisma.SubscriptionWhereInput[] = [];
  if (!hasRole(actor, 'admin')) filters.push({ OR: [{ teamId: { not: null } }, ...(actor.userId ? [{ userId: actor.userId }] : [])] });
  if (input.mine) filters.push({ userId: actor.userId ?? '00000000-0000-0000-0000-000000000000' });
  if (input.service) filters.push({ service: { slug: input.service } });
  if (input.team) filters.push({ team: { slug: input.team } });
  if (input.cursor) {
    filters.push(olderThan(decodeCreatedAtCursor(input.cursor)));
  }
  const rows = await db.subscription.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(input.limit),
    select: { ...subscriptionSelect, userId: true, teamId: true },
  });
  const page = takePage(rows, input.limit, encodeCreatedAtCursor);
  return { items: page.items.map((r) => ({ ...toSubscriptionOutput(r), canManage: canManageSubscription(actor, r) })), nextCursor: page.nextCursor };
}
