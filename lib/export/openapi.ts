// API path of the workspace export (admin only). The document's collections are the tables'
// records as stored (docs/export.md lists them and what is left out).
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { op } from '../api/openapi/helpers.ts';
import { listActionItemsQuery } from '../action-items/schemas.ts';
import { listChangesQuery } from '../changes/schemas.ts';
import { listIncidentsQuery } from '../incidents/schemas.ts';
import { listKnownIssuesQuery } from '../known-issues/schemas.ts';
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
  ...csvPath('/api/v1/incidents.csv', 'incidents', 'exportIncidentsCsv', listIncidentsQuery.omit({ limit: true, cursor: true })),
  ...csvPath('/api/v1/action-items.csv', 'action items', 'exportActionItemsCsv', listActionItemsQuery.omit({ limit: true, cursor: true })),
  ...csvPath('/api/v1/known-issues.csv', 'known issues', 'exportKnownIssuesCsv', listKnownIssuesQuery.omit({ limit: true, cursor: true })),
  ...csvPath('/api/v1/changes.csv', 'changes', 'exportChangesCsv', listChangesQuery.omit({ limit: true, cursor: true })),
};

// A list as CSV: the list's filters, every page, text/csv (docs/export.md).
function csvPath(path: string, what: string, operationId: string, query: z.ZodObject): ZodOpenApiPathsObject {
  const operation = op({
    summary: `Download the ${what} list as CSV`,
    description: `The ${what} list with the same filters as its JSON list, all pages, as CSV (UTF-8 with a byte order mark; columns are the list item's fields).`,
    tags: ['Export'], role: 'viewer', operationId, query,
  });
  const ok = operation.responses['200'] as Record<string, unknown>;
  operation.responses['200'] = { ...ok, description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } };
  return { [path]: { get: operation } };
}
