import { apiRoute } from '@/lib/api/route';
import { finishDrill } from '@/lib/drills/run-drill';
import { drillParams, finishDrillInput } from '@/lib/drills/schemas';

export const POST = apiRoute({ role: 'responder', params: drillParams, body: finishDrillInput, route: '/api/v1/drills/[id]/finish' }, ({ db, actor, params, body }) =>
  finishDrill(db, { actor, id: params.id, input: body }),
);
