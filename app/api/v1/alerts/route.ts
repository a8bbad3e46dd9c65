import { listAlerts } from '@/lib/alerts/list-alerts';
import { listAlertsQuery } from '@/lib/alerts/schemas';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute({ role: 'viewer', query: listAlertsQuery, route: '/api/v1/alerts' }, ({ db, actor, query }) => listAlerts(db, { actor, input: query }));
