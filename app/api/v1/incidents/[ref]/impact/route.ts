import { apiRoute } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { setIncidentImpactInput } from '@/lib/status-pages/schemas';
import { getIncidentImpact, setIncidentImpact } from '@/lib/status-pages/set-incident-impact';

const route = '/api/v1/incidents/[ref]/impact';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route }, ({ db, actor, params }) =>
  getIncidentImpact(db, { actor, ref: params.ref }),
);

export const PUT = apiRoute({ role: 'responder', params: incidentRefParams, body: setIncidentImpactInput, route }, ({ db, actor, params, body }) =>
  setIncidentImpact(db, { actor, ref: params.ref, input: body }),
);
