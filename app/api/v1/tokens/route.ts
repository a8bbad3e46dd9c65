import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { createApiTokenInput, listApiTokensQuery } from '@/lib/api-tokens/schemas';
import { apiRoute, jsonResponse } from '@/lib/api/route';

export const GET = apiRoute({ role: 'admin', query: listApiTokensQuery, route: '/api/v1/tokens' }, ({ db, actor, query }) =>
  listApiTokens(db, { actor, input: query }),
);

export const POST = apiRoute({ role: 'admin', body: createApiTokenInput, route: '/api/v1/tokens' }, async ({ db, actor, body }) =>
  jsonResponse(await createApiToken(db, { actor, input: body }), 201),
);
