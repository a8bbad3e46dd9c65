import { getOpenApiDocument } from '@/lib/api/openapi/document';
import { apiRoute, jsonResponse } from '@/lib/api/route';

/**
 * The OpenAPI 3.1 document of this API, for client generators and tools. Public: the contract
 * is no secret, and clients fetch it before they hold a token. Built once per process.
 */
export const GET = apiRoute({ role: 'public', route: '/api/v1/openapi.json' }, async () =>
  jsonResponse(getOpenApiDocument(), 200, { 'cache-control': 'public, max-age=300' }),
);
