import { apiRoute } from '@/lib/api/route';
import { getOnCall } from '@/lib/on-call/get-on-call';
import { idParams, onCallQuery } from '@/lib/on-call/schemas';

export const GET = apiRoute({ role: 'viewer', params: idParams, query: onCallQuery, route: '/api/v1/schedules/[id]/on-call' }, ({ db, actor, params, query }) =>
  getOnCall(db, { actor, id: params.id, at: query.at ? new Date(query.at) : new Date() }),
);
