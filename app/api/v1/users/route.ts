import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createUser } from '@/lib/users/create-user';
import { listUsers } from '@/lib/users/list-users';
import { createUserInput, listUsersQuery } from '@/lib/users/schemas';

export const GET = apiRoute({ role: 'admin', query: listUsersQuery, route: '/api/v1/users' }, ({ db, actor, query }) =>
  listUsers(db, { actor, input: query }),
);

export const POST = apiRoute({ role: 'admin', body: createUserInput, route: '/api/v1/users' }, async ({ db, actor, body }) =>
  jsonResponse(await createUser(db, { actor, input: body }), 201),
);
