import { apiRoute } from '@/lib/api/route';
import { listNotificationsQuery } from '@/lib/notifications/delivery-schemas';
import { listNotifications } from '@/lib/notifications/list-notifications';

const route = '/api/v1/notifications';

export const GET = apiRoute({ role: 'viewer', query: listNotificationsQuery, route }, ({ db, actor, query }) =>
  listNotifications(db, { actor, input: query }),
);
