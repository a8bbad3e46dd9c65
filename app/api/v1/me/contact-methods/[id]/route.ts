import { apiRoute } from '@/lib/api/route';
import { removeContactMethod } from '@/lib/on-call/contact-methods';
import { idParams } from '@/lib/on-call/schemas';

export const DELETE = apiRoute({ role: 'viewer', params: idParams, route: '/api/v1/me/contact-methods/[id]' }, async ({ db, actor, params }) => {
  await removeContactMethod(db, { actor, id: params.id });
  return new Response(null, { status: 204 });
});
