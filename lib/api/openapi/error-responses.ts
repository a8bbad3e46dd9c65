// The error side of the API contract, declared once: the ErrorBody schema every failing
// request answers with (see lib/api/errors.ts), the x-request-id header, and one reusable
// response component per status. Operations refer to these by $ref, so a change here changes
// every endpoint's documentation at once.
import { z } from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';
import { errorCodes } from '../../errors/app-error.ts';

export const errorIssue = z
  .object({
    path: z.string().meta({ description: 'Dotted path of the field, e.g. "contacts.0.email"; empty for the whole body.' }),
    message: z.string(),
    code: z.string().optional().meta({ description: 'zod issue code, e.g. "too_small", or a domain code, e.g. "slug_taken".' }),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .meta({ description: 'What a client needs to word the issue in its reader\'s language, e.g. {"origin": "string", "minimum": 1} or {"slug": "ops"}.' }),
  })
  .meta({ id: 'ErrorIssue' });

export const errorBody = z
  .object({
    // Loose: some errors carry extra client-safe details (e.g. the current state on a conflict).
    error: z.looseObject({
      code: z.enum(errorCodes),
      message: z.string().meta({ description: 'Safe to show to a person.' }),
      issues: z.array(errorIssue).optional().meta({ description: 'One entry per invalid field (422).' }),
      requestId: z.string().meta({ description: 'Same as the x-request-id response header; quote it when reporting a problem.' }),
    }),
  })
  .meta({ id: 'ErrorBody', description: 'Every error answer has this shape.' });

export const requestIdHeader = z.string().meta({
  description: 'Identifies the request in the server logs. Send your own (8-100 characters of [A-Za-z0-9_.-]) to correlate.',
  header: { id: 'RequestId' },
});

export const requestIdHeaders = z.object({ 'x-request-id': requestIdHeader });

const retryAfterHeaders = z.object({
  'x-request-id': requestIdHeader,
  'retry-after': z.string().meta({ description: 'Seconds to wait before trying again.' }),
});

/** The statuses an operation may document with the shared ErrorBody. */
export const errorStatuses = ['400', '401', '403', '404', '409', '413', '415', '422', '429', '500', '503'] as const;
export type ErrorStatus = (typeof errorStatuses)[number];

const descriptions: Record<ErrorStatus, [id: string, text: string]> = {
  '400': ['BadRequest', 'The body is not valid JSON, or is empty (code bad_request).'],
  '401': ['Unauthorized', 'No valid session or API token (code unauthorized).'],
  '403': ['Forbidden', 'Your role does not allow this (code forbidden).'],
  '404': ['NotFound', 'The resource does not exist, or you may not see it (code not_found).'],
  '409': ['Conflict', 'Conflicts with the current state, e.g. a duplicate unique value (code conflict).'],
  '413': ['PayloadTooLarge', 'The body is larger than the server accepts (code payload_too_large).'],
  '415': ['UnsupportedMediaType', 'The body was not sent as application/json (code unsupported_media_type).'],
  '422': ['Invalid', 'Some fields are not valid; `issues` names each of them (code invalid).'],
  '429': ['RateLimited', 'Too many requests; wait for the Retry-After header seconds (code rate_limited).'],
  '500': ['InternalError', 'Unexpected failure; the message quotes the request id (code internal).'],
  '503': ['Unavailable', 'A dependency is unavailable; try again later (code unavailable).'],
};

export const errorResponses = Object.fromEntries(
  errorStatuses.map((status) => {
    const [id, description] = descriptions[status];
    const response: ZodOpenApiResponseObject = {
      id,
      description,
      headers: status === '429' ? retryAfterHeaders : requestIdHeaders,
      content: { 'application/json': { schema: errorBody } },
    };
    return [status, response];
  }),
) as Record<ErrorStatus, ZodOpenApiResponseObject>;
