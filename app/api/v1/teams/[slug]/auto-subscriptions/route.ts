import { apiRoute } from '@/lib/api/route';
import { setAutoSubscriptionInput, teamAutoParams } from '@/lib/subscriptions/auto-subscription-schemas';
import { listAutoSubscriptions, setAutoSubscription } from '@/lib/subscriptions/auto-subscriptions';

const route = '/api/v1/teams/[slug]/auto-subscriptions';

export const GET = apiRoute({ role: 'viewer', params: teamAutoParams, route }, async ({ db, actor, params }) => ({
  items: await listAutoSubscriptions(db, { actor, team: params.slug }),
}));

export const PUT = apiRoute({ role: 'responder', params: teamAutoParams, body: setAutoSubscriptionInput, route }, async ({ db, actor, params, body }) => ({
  items: await setAutoSubscription(db, { actor, team: params.slug, input: body }),
}));
