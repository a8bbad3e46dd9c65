// The service catalogue's API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op, pageOf } from '../api/openapi/helpers.ts';
import { createServiceInput, listServicesQuery, serviceOutput, serviceSlugParams, updateServiceInput } from './schemas.ts';

const tags = ['Services'];

const referenceRules = `Unknown \`ownerTeam\` or \`dependsOn\` slugs answer 422 with an issue naming the field
(e.g. \`dependsOn.1\`: "Unknown service 'xyz'"). A service cannot depend on itself, and a dependency
that would close a loop is refused with 422 explaining the loop (e.g. "a → b → a").`;

export const servicesPaths: ZodOpenApiPathsObject = {
  '/api/v1/services': {
    get: op({
      summary: 'List services',
      description: 'Ordered by slug; filter by owner team (`team`), `tier`, or text in slug, name and description (`q`).',
      tags,
      role: 'viewer',
      query: listServicesQuery,
      response: pageOf(serviceOutput),
    }),
    post: op({
      summary: 'Create a service',
      description: `${referenceRules}\n\nA slug already in use answers 409.`,
      tags,
      role: 'responder',
      body: createServiceInput,
      response: serviceOutput,
      status: 201,
      errors: ['409'],
    }),
  },
  '/api/v1/services/{slug}': {
    get: op({ summary: 'Get a service', tags, role: 'viewer', params: serviceSlugParams, response: serviceOutput }),
    patch: op({
      summary: 'Update a service',
      description: `Send any subset of the fields; \`contacts\` and \`dependsOn\` replace the whole list.\n\n${referenceRules}`,
      tags,
      role: 'responder',
      params: serviceSlugParams,
      body: updateServiceInput,
      response: serviceOutput,
      errors: ['409'],
    }),
    delete: op({
      summary: 'Delete a service',
      description: 'Refused with 409 while other services depend on it (listed in `error.dependedOnBy`).',
      tags,
      role: 'responder',
      params: serviceSlugParams,
      status: 204,
      errors: ['409'],
    }),
  },
};
