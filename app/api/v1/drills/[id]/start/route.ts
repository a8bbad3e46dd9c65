import { apiRoute } from '@/lib/api/route';
import { startDrill } from '@/lib/drills/schedule-drill';
import { drillParams } from '@/lib/drills/schemas';

export const POST = apiRoute({ role: 'responder', params: drillParams, route: '/api/v1/drills/[id]/start' }, ({ db, actor, params }) => startDrill(db, { actor, id: params.id }));
