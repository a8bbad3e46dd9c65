import { apiRoute } from '@/lib/api/route';
import { reassignPage } from '@/lib/on-call/reassign-page';
import { idParams, reassignPageInput } from '@/lib/on-call/schemas';

export const POST = apiRoute({ role: 'viewer', params: idParams, body: reassignPageInput, route: '/api/v1/pages/[id]/reassign' }, ({ db, actor, params, body }) =>
  reassignPage(db, { actor, pageId: params.id, email: body.email }),
);
