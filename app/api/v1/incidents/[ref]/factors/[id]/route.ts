import { apiRoute } from '@/lib/api/route';
import { removeFactor } from '@/lib/root-causes/remove-factor';
import { factorParams, updateFactorInput } from '@/lib/root-causes/schemas';
import { updateFactor } from '@/lib/root-causes/update-factor';

const route = '/api/v1/incidents/[ref]/factors/[id]';

export const PATCH = apiRoute({ role: 'responder', params: factorParams, body: updateFactorInput, route }, ({ db, actor, params, body }) =>
  updateFactor(db, { actor, ref: params.ref, factorId: params.id, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: factorParams, route }, async ({ db, actor, params }) => {
  await removeFactor(db, { actor, ref: params.ref, factorId: params.id });
  return new Response(null, { status: 204 });
});
