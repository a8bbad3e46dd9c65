import { apiRoute, jsonResponse } from '@/lib/api/route';
import { linkChangeInput } from '@/lib/changes/recent-changes-schemas';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { linkChangeAsTrigger } from '@/lib/root-causes/link-change-as-trigger';

const route = '/api/v1/incidents/[ref]/change-links';

// 201 when the trigger factor was created; 200 when the change was already linked.
export const POST = apiRoute({ role: 'responder', params: incidentRefParams, body: linkChangeInput, route }, async ({ db, actor, params, body }) => {
  const result = await linkChangeAsTrigger(db, { actor, ref: params.ref, input: body });
  return jsonResponse(result, result.created ? 201 : 200);
});
