import { apiRoute, jsonResponse } from '@/lib/api/route';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { declareIncidentInput, listIncidentsQuery } from '@/lib/incidents/schemas';

const route = '/api/v1/incidents';

export const GET = apiRoute({ role: 'viewer', query: listIncidentsQuery, route }, ({ db, actor, query }) =>
  listIncidents(db, { actor, input: query }),
);

export const POST = apiRoute({ role: 'responder', body: declareIncidentInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await declareIncident(db, { actor, input: body }), 201),
);
