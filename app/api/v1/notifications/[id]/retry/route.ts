import { apiRoute } from '@/lib/api/route';
import { notificationIdParams } from '@/lib/notifications/delivery-schemas';
import { retryNotification } from '@/lib/notifications/retry-notification';

const route = '/api/v1/notifications/[id]/retry';

export const POST = apiRoute({ role: 'admin', params: notificationIdParams, route }, ({ db, actor, params }) =>
  retryNotification(db, { actor, id: params.id }),
);
