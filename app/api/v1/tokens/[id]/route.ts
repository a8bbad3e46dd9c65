import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { apiTokenIdParams } from '@/lib/api-tokens/schemas';
import { apiRoute } from '@/lib/api/route';

/** Revokes the token (kept in the list, marked revoked, for the audit trail). */
export const DELETE = apiRoute({ role: 'admin', params: apiTokenIdParams, route: '/api/v1/tokens/[id]' }, ({ db, actor, params }) =>
  revokeApiToken(db, { actor, id: params.id }),
);
