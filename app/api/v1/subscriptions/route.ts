import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createSubscription } from '@/lib/subscriptions/create-subscription';
import { listSubscriptions } from '@/lib/subscriptions/list-subscriptions';
import { createSubscriptionInput, listSubscriptionsQuery } from '@/lib/subscriptions/schemas';

const route = '/api/v1/subscriptions';

export const GET = apiRoute({ role: 'viewer', query: listSubscriptionsQuery, route }, ({ db, actor, query }) =>
  listSubscriptions(db, { actor, input: query }),
);

// Viewers may subscribe themselves; subscribing a team needs responder (checked in the use case).
export const POST = apiRoute({ role: 'viewer', body: createSubscriptionInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createSubscription(db, { actor, input: body }), 201),
);
