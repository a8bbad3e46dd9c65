import { apiRoute } from '@/lib/api/route';
import { changeIdParams, changeStatusInput } from '@/lib/changes/schemas';
import { transitionChange } from '@/lib/changes/transition-change';

const route = '/api/v1/changes/[id]/status';

export const POST = apiRoute({ role: 'responder', params: changeIdParams, body: changeStatusInput, route }, ({ db, actor, params, body }) =>
  transitionChange(db, { actor, id: params.id, input: body }),
);
