import { apiRoute } from '@/lib/api/route';
import { getIncident } from '@/lib/incidents/get-incident';
import { incidentRefParams, updateIncidentInput } from '@/lib/incidents/schemas';
import { updateIncident } from '@/lib/incidents/update-incident';

const route = '/api/v1/incidents/[ref]';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route }, ({ db, actor, params }) =>
  getIncident(db, { actor, ref: params.ref }),
);

export const PATCH = apiRoute({ role: 'responder', params: incidentRefParams, body: updateIncidentInput, route }, ({ db, actor, params, body }) =>
  updateIncident(db, { actor, ref: params.ref, input: body }),
);
