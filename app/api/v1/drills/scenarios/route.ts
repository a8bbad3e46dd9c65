import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createScenario } from '@/lib/drills/create-scenario';
import { listScenarios } from '@/lib/drills/list-scenarios';
import { createScenarioInput } from '@/lib/drills/schemas';

export const GET = apiRoute({ role: 'viewer', route: '/api/v1/drills/scenarios' }, async ({ db, actor }) => ({ items: await listScenarios(db, { actor }), nextCursor: null }));

export const POST = apiRoute({ role: 'responder', body: createScenarioInput, route: '/api/v1/drills/scenarios' }, async ({ db, actor, body }) =>
  jsonResponse(await createScenario(db, { actor, input: body }), 201),
);
