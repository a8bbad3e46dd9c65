// How a domain declares its API operations for the OpenAPI document, in a few lines, with
// the same zod schemas its route handler uses. `op()` adds what every operation shares, so
// that no endpoint forgets it:
//   - security: bearer token or session cookie (none for role 'public');
//   - the required role, in the description ("Requires role: responder.") and as
//     `x-required-role`, which the /api-docs page shows;
//   - the error responses the route wrapper (lib/api/route.ts) can produce, as $refs to the
//     shared ErrorBody responses: 401/403 when signed-in, 400/413/415/422 with a body,
//     404/422 with path params, 422 with a query, 500 always; add others with `errors`.
//
// Example, in lib/<domain>/openapi.ts:
//
//   import type { ZodOpenApiPathsObject } from 'zod-openapi';
//   import { op, pageOf } from '../api/openapi/helpers.ts';
//   import { createServiceInput, serviceOutput, serviceParams, listServicesQuery } from './schemas.ts';
//
//   export const servicesPaths: ZodOpenApiPathsObject = {
//     '/api/v1/services': {
//       get: op({ summary: 'List services', tags: ['Services'], role: 'viewer', query: listServicesQuery, response: pageOf(serviceOutput) }),
//       post: op({ summary: 'Create a service', tags: ['Services'], role: 'responder', body: createServiceInput, response: serviceOutput, status: 201, errors: ['409'] }),
//     },
//     '/api/v1/services/{slug}': {
//       get: op({ summary: 'Get a service', tags: ['Services'], role: 'viewer', params: serviceParams, response: serviceOutput }),
//     },
//   };
//
// Path templates use OpenAPI braces ({slug}), not Next's [slug]; `params` must declare each.
import { z } from 'zod';
import type { ZodObjectInput, ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import type { Role } from '../../auth/roles.ts';
import { errorResponses, requestIdHeaders, type ErrorStatus } from './error-responses.ts';

export type OpRole = Role | 'public';

export interface OpSpec {
  summary: string;
  /** Longer explanation (Markdown); the role sentence is appended. */
  description?: string;
  tags: string[];
  /** The least role allowed, exactly as given to apiRoute(). */
  role: OpRole;
  operationId?: string;
  /** Path parameters (z.object), e.g. z.object({ slug: z.string() }). */
  params?: ZodObjectInput;
  query?: ZodObjectInput;
  /** JSON request body. */
  body?: z.ZodType;
  /** JSON response body for the success status; omit for an empty answer (e.g. 204). */
  response?: z.ZodType;
  status?: 200 | 201 | 202 | 204;
  responseDescription?: string;
  /** Further error statuses this operation can answer, e.g. ['409'] for a unique name. */
  errors?: ErrorStatus[];
  deprecated?: boolean;
}

/** Both ways to authenticate; either one is enough (OpenAPI: alternatives are OR). */
export const signedInSecurity: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

const successText: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

export function roleSentence(role: OpRole): string {
  return role === 'public' ? 'Public: no authentication needed.' : `Requires role: ${role}.`;
}

export function errorStatusesFor(spec: Pick<OpSpec, 'role' | 'params' | 'query' | 'body' | 'errors'>): ErrorStatus[] {
  const set = new Set<ErrorStatus>(spec.errors ?? []);
  if (spec.role !== 'public') set.add('401').add('403');
  if (spec.body) set.add('400').add('413').add('415').add('422');
  if (spec.params) set.add('404').add('422');
  if (spec.query) set.add('422');
  set.add('500');
  return [...set].sort();
}

export function op(spec: OpSpec): ZodOpenApiOperationObject {
  const status = spec.status ?? 200;
  const responses: ZodOpenApiResponsesObject = {
    [String(status) as '200']: {
      description: spec.responseDescription ?? successText[status] ?? 'OK',
      headers: requestIdHeaders,
      ...(spec.response ? { content: { 'application/json': { schema: spec.response } } } : {}),
    },
  };
  for (const s of errorStatusesFor(spec)) responses[s] = errorResponses[s];

  const requestParams = {
    ...(spec.params ? { path: spec.params } : {}),
    ...(spec.query ? { query: spec.query } : {}),
  };
  return {
    summary: spec.summary,
    description: [spec.description, roleSentence(spec.role)].filter(Boolean).join('\n\n'),
    tags: spec.tags,
    ...(spec.operationId ? { operationId: spec.operationId } : {}),
    ...(spec.deprecated ? { deprecated: true } : {}),
    'x-required-role': spec.role,
    security: spec.role === 'public' ? [] : signedInSecurity,
    ...(Object.keys(requestParams).length ? { requestParams } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
    responses,
  };
}

/** The list-endpoint envelope: `{ items, nextCursor }` (cursor pagination). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }),
  });
}
