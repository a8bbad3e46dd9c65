import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createService } from '@/lib/services/create-service';
import { listServices } from '@/lib/services/list-services';
import { createServiceInput, listServicesQuery } from '@/lib/services/schemas';

const route = '/api/v1/services';

export const GET = apiRoute({ role: 'viewer', query: listServicesQuery, route }, ({ db, actor, query }) =>
  listServices(db, { actor, input: query }),
);

export const POST = apiRoute({ role: 'responder', body: createServiceInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createService(db, { actor, input: body }), 201),
);
