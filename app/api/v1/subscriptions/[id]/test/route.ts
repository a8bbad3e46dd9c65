import { apiRoute } from '@/lib/api/route';
import { sendTestMessage } from '@/lib/notifications/send-test-message';
import { subscriptionIdParams } from '@/lib/subscriptions/schemas';

const route = '/api/v1/subscriptions/[id]/test';

// Same permission as unsubscribing (checked in the use case).
export const POST = apiRoute({ role: 'viewer', params: subscriptionIdParams, route }, ({ db, actor, params }) =>
  sendTestMessage(db, { actor, id: params.id }),
);
