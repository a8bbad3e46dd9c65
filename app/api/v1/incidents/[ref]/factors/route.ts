import { apiRoute, jsonResponse } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { addFactor } from '@/lib/root-causes/add-factor';
import { listFactors } from '@/lib/root-causes/list-factors';
import { addFactorInput } from '@/lib/root-causes/schemas';

const route = '/api/v1/incidents/[ref]/factors';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route }, ({ db, actor, params }) => listFactors(db, { actor, ref: params.ref }));

export const POST = apiRoute({ role: 'responder', params: incidentRefParams, body: addFactorInput, route }, async ({ db, actor, params, body }) =>
  jsonResponse(await addFactor(db, { actor, ref: params.ref, input: body }), 201),
);
