import { apiRoute } from '@/lib/api/route';
import { acknowledgePage } from '@/lib/on-call/acknowledge-page';
import { idParams } from '@/lib/on-call/schemas';

export const POST = apiRoute({ role: 'viewer', params: idParams, route: '/api/v1/pages/[id]/ack' }, ({ db, actor, params }) => acknowledgePage(db, { actor, pageId: params.id }));
