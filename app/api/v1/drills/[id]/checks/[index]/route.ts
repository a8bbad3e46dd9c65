import { apiRoute } from '@/lib/api/route';
import { checkExpectedAction } from '@/lib/drills/run-drill';
import { drillCheckParams } from '@/lib/drills/schemas';

export const PUT = apiRoute({ role: 'responder', params: drillCheckParams, route: '/api/v1/drills/[id]/checks/[index]' }, ({ db, actor, params }) =>
  checkExpectedAction(db, { actor, id: params.id, index: params.index }),
);
