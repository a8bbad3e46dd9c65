import { apiRoute, jsonResponse } from '@/lib/api/route';
import { listDrills } from '@/lib/drills/list-drills';
import { scheduleDrill } from '@/lib/drills/schedule-drill';
import { scheduleDrillInput } from '@/lib/drills/schemas';

export const GET = apiRoute({ role: 'viewer', route: '/api/v1/drills' }, ({ db, actor }) => listDrills(db, { actor }));

export const POST = apiRoute({ role: 'responder', body: scheduleDrillInput, route: '/api/v1/drills' }, async ({ db, actor, body }) =>
  jsonResponse(await scheduleDrill(db, { actor, input: body }), 201),
);
