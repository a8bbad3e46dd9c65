import { apiRoute } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { listWhoToCall } from '@/lib/incidents/list-who-to-call';

const route = '/api/v1/incidents/[ref]/who-to-call';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route }, ({ db, actor, params }) => listWhoToCall(db, { actor, ref: params.ref }));
