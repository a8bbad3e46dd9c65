import { apiRoute } from '@/lib/api/route';
import { deleteSubscription } from '@/lib/subscriptions/delete-subscription';
import { subscriptionIdParams } from '@/lib/subscriptions/schemas';

const route = '/api/v1/subscriptions/[id]';

export const DELETE = apiRoute({ role: 'viewer', params: subscriptionIdParams, route }, async ({ db, actor, params }) => {
  await deleteSubscription(db, { actor, id: params.id });
  return new Response(null, { status: 204 });
});
