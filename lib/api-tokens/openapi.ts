// API paths of API tokens (admin only). The secret is in the creation answer only.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { apiTokenIdParams, apiTokenListOutput, apiTokenOutput, createApiTokenInput, createdApiTokenOutput, listApiTokensQuery } from './schemas.ts';

const tags = ['API tokens'];

export const apiTokensPaths: ZodOpenApiPathsObject = {
  '/api/v1/tokens': {
    get: op({
      summary: 'List API tokens',
      description: 'Newest first, revoked and expired ones included. Never shows secrets.',
      tags, role: 'admin', operationId: 'listApiTokens', query: listApiTokensQuery, response: apiTokenListOutput,
    }),
    post: op({
      summary: 'Create an API token',
      description: 'Answers the secret once, in `secret`: store it now, it cannot be shown again. 409 when a token that is not revoked has the same name.',
      tags, role: 'admin', operationId: 'createApiToken', body: createApiTokenInput, response: createdApiTokenOutput, status: 201, errors: ['409'],
    }),
  },
  '/api/v1/tokens/{id}': {
    delete: op({
      summary: 'Revoke an API token',
      description: 'Takes effect on its next request. Revoking a revoked token changes nothing.',
      tags, role: 'admin', operationId: 'revokeApiToken', params: apiTokenIdParams, response: apiTokenOutput,
    }),
  },
};
