import { apiRoute } from '@/lib/api/route';
import { escalateNow } from '@/lib/on-call/escalate-now';
import { idParams } from '@/lib/on-call/schemas';

export const POST = apiRoute({ role: 'viewer', params: idParams, route: '/api/v1/pages/[id]/escalate' }, ({ db, actor, params }) => escalateNow(db, { actor, pageId: params.id }));
