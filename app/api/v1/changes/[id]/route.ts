import { apiRoute } from '@/lib/api/route';
import { getChange } from '@/lib/changes/get-change';
import { changeIdParams, updateChangeInput } from '@/lib/changes/schemas';
import { updateChange } from '@/lib/changes/update-change';

const route = '/api/v1/changes/[id]';

export const GET = apiRoute({ role: 'viewer', params: changeIdParams, route }, ({ db, actor, params }) =>
  getChange(db, { actor, id: params.id }),
);

export const PATCH = apiRoute({ role: 'responder', params: changeIdParams, body: updateChangeInput, route }, ({ db, actor, params, body }) =>
  updateChange(db, { actor, id: params.id, input: body }),
);
