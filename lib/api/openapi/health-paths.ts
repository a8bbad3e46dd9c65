// GET /api/health: the readiness probe (app/api/health/route.ts, lib/health/check-health.ts).
// It is outside /api/v1 and answers its own body on 503 (not ErrorBody), so that a load
// balancer or a person can see which part is not ready.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from './helpers.ts';

export const healthOutput = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['ok', 'unreachable']),
    migrations: z
      .object({
        current: z.boolean().meta({ description: 'Every migration this build expects is applied.' }),
        pending: z.array(z.string()).meta({ description: 'Names of migrations not applied yet.' }),
      })
      .nullable()
      .meta({ description: 'null when the database could not be asked.' }),
  })
  .meta({ id: 'Health' });

const getHealth = op({
  summary: 'Readiness check',
  description: 'Answers 200 when the database answers and its schema is current, 503 otherwise. Never cached.',
  tags: ['Health'],
  role: 'public',
  operationId: 'getHealth',
  response: healthOutput,
  responseDescription: 'Ready.',
});

export const healthPaths: ZodOpenApiPathsObject = {
  '/api/health': {
    get: {
      ...getHealth,
      responses: {
        '200': { description: 'Ready.', content: { 'application/json': { schema: healthOutput } } },
        '503': { description: 'Not ready: the database is unreachable or migrations are pending.', content: { 'application/json': { schema: healthOutput } } },
      },
    },
  },
};
