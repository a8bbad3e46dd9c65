// API path of the workspace export (admin only). The document's collections are the tables'
// records as stored (docs/export.md lists them and what is left out).
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { op } from '../api/openapi/helpers.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, collections } from './collections.ts';

const record = z.record(z.string(), z.unknown());

export const workspaceExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string().meta({ description: 'Instance field: when this document was made.' }),
    appVersion: z.string().meta({ description: 'Instance field: the Firebreak version that made it.' }),
    ...Object.fromEntries(collections.map((c) => [c.key, z.array(record).meta({ description: `Records of ${c.table}${c.omit?.length ? `, without ${c.omit.join(', ')}` : ''}.` })])),
  })
  .meta({ id: 'WorkspaceExport' });

export const exportPaths: ZodOpenApiPathsObject = {
  '/api/v1/export': {
    get: op({
      summary: 'Export the whole workspace',
      description:
        'Teams, services and dependencies, incidents with their full timelines (each entry with occurredAt and recordedAt, and its earlier revisions), ' +
        'postmortems, factors, action items, known issues, changes and subscriptions (channels masked, no secrets), as one JSON document streamed ' +
        'with one record per line. `npm run cli -- import FILE` loads it into an empty instance.',
      tags: ['Export'], role: 'admin', operationId: 'exportWorkspace', response: workspaceExport,
    }),
  },
};
