import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createOverride } from '@/lib/on-call/create-override';
import { createOverrideInput, idParams } from '@/lib/on-call/schemas';

export const POST = apiRoute({ role: 'responder', params: idParams, body: createOverrideInput, route: '/api/v1/schedules/[id]/overrides' }, async ({ db, actor, params, body }) =>
  jsonResponse(await createOverride(db, { actor, scheduleId: params.id, input: body }), 201),
);
