import { apiRoute } from '@/lib/api/route';
import { getUser } from '@/lib/users/get-user';
import { updateUserInput, userIdParams } from '@/lib/users/schemas';
import { updateUser } from '@/lib/users/update-user';

const route = '/api/v1/users/[id]';

export const GET = apiRoute({ role: 'admin', params: userIdParams, route }, ({ db, actor, params }) =>
  getUser(db, { actor, id: params.id }),
);

export const PATCH = apiRoute({ role: 'admin', params: userIdParams, body: updateUserInput, route }, ({ db, actor, params, body }) =>
  updateUser(db, { actor, id: params.id, input: body }),
);
