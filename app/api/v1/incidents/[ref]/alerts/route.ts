import { listIncidentAlerts } from '@/lib/alerts/list-alerts';
import { apiRoute } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route: '/api/v1/incidents/[ref]/alerts' }, ({ db, actor, params }) =>
  listIncidentAlerts(db, { actor, ref: params.ref }),
);
