// The status pages' API operations (admin and incident-side), documented with the same
// schemas the routes use. The public paths (/status/{slug}/…) follow Atlassian Statuspage's
// v2 shapes and are described in docs/status-pages.md.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import {
  changeMaintenanceInput,
  changeMaintenanceOutput,
  createStatusPageInput,
  incidentImpactOutput,
  setIncidentImpactInput,
  statusPageListOutput,
  statusPageOutput,
  statusPageSlugParams,
  updateStatusPageInput,
} from './schemas.ts';

const tags = ['Status pages'];
const refParams = z.object({ ref: z.string().meta({ description: 'INC-42, 42 or the incident id.' }) });
const changeParams = z.object({ id: z.uuid() });

export const statusPagesPaths: ZodOpenApiPathsObject = {
  '/api/v1/status-pages': {
    get: op({ summary: 'List status pages', tags, role: 'viewer', response: statusPageListOutput }),
    post: op({
      summary: 'Create a status page',
      description: 'Components are catalogue services by slug, in display order, optionally grouped. An unknown service answers 422 naming `components.N.service`; a taken slug 409.',
      tags,
      role: 'admin',
      body: createStatusPageInput,
      response: statusPageOutput,
      status: 201,
      errors: ['409'],
    }),
  },
  '/api/v1/status-pages/{slug}': {
    get: op({ summary: 'Get a status page', tags, role: 'viewer', params: statusPageSlugParams, response: statusPageOutput }),
    patch: op({ summary: 'Update a status page', description: 'Any subset of the fields; `components` replaces the list.', tags, role: 'admin', params: statusPageSlugParams, body: updateStatusPageInput, response: statusPageOutput }),
    delete: op({ summary: 'Delete a status page', tags, role: 'admin', params: statusPageSlugParams, status: 204 }),
  },
  '/api/v1/incidents/{ref}/impact': {
    get: op({ summary: 'Current impact of an incident per service', tags, role: 'viewer', params: refParams, response: incidentImpactOutput }),
    put: op({
      summary: 'Set the impact of an incident on services',
      description: 'Status pages show the worst open impact per component. `operational` ends an impact. Written to the timeline.',
      tags,
      role: 'responder',
      params: refParams,
      body: setIncidentImpactInput,
      response: incidentImpactOutput,
    }),
  },
  '/api/v1/changes/{id}/status-page': {
    get: op({ summary: 'A change as scheduled maintenance', tags, role: 'viewer', params: changeParams, response: changeMaintenanceOutput }),
    put: op({
      summary: 'Show a change as scheduled maintenance on status pages',
      description: 'Every status page listing the change\'s service shows it, with the window, expected impact and public texts (en / zhCN).',
      tags,
      role: 'responder',
      params: changeParams,
      body: changeMaintenanceInput,
      response: changeMaintenanceOutput,
    }),
  },
};
