import { apiRoute } from '@/lib/api/route';
import { resetUserPassword } from '@/lib/users/reset-user-password';
import { resetUserPasswordInput, userIdParams } from '@/lib/users/schemas';

export const POST = apiRoute(
  { role: 'admin', params: userIdParams, body: resetUserPasswordInput, route: '/api/v1/users/[id]/password' },
  ({ db, actor, params, body }) => resetUserPassword(db, { actor, id: params.id, input: body }),
);
