import { apiRoute } from '@/lib/api/route';
import { listIncidentPages } from '@/lib/on-call/list-incident-pages';
import { incidentRefParams } from '@/lib/on-call/schemas';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route: '/api/v1/incidents/[ref]/pages' }, ({ db, actor, params }) => listIncidentPages(db, { actor, ref: params.ref }));
