import { apiRoute } from '@/lib/api/route';
import { revealWorkaround } from '@/lib/drills/run-drill';
import { drillParams } from '@/lib/drills/schemas';

export const POST = apiRoute({ role: 'responder', params: drillParams, route: '/api/v1/drills/[id]/reveal' }, ({ db, actor, params }) => revealWorkaround(db, { actor, id: params.id }));
