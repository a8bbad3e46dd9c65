import { apiRoute } from '@/lib/api/route';
import { getScenario } from '@/lib/drills/list-scenarios';
import { drillParams } from '@/lib/drills/schemas';

export const GET = apiRoute({ role: 'viewer', params: drillParams, route: '/api/v1/drills/scenarios/[id]' }, ({ db, actor, params }) => getScenario(db, { actor, id: params.id }));
