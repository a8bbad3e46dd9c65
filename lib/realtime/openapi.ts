// The live stream of one incident, documented for API clients: a Server-Sent Events response
// rather than JSON, so the success response is described by its frames.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { requestIdHeaders } from '../api/openapi/error-responses.ts';
import { op } from '../api/openapi/helpers.ts';
import { incidentRefParams } from '../incidents/schemas.ts';

const frames = `A \`text/event-stream\` that stays open. Frames:

- \`event: hello\` once subscribed, \`data: {"incidentId", "number", "listening"}\`: fetch what you
  missed since your last \`syncCursor\` (\`GET …/timeline?after=\`) and the incident itself;
- \`event: timeline\`, \`data: {"kind": "timeline.created" | "timeline.updated" | "timeline.deleted", "entryId"}\`;
- \`event: incident\`, \`data: {"kind": "incident.updated"}\`: fetch the incident again; also
  \`"analysis.updated"\` (root-cause factors or detection), \`"postmortem.updated"\` and
  \`"action_items.updated"\`: fetch that part again;
- \`event: resync\`: the server may have missed changes (its database connection was
  re-established): catch up as after \`hello\`;
- a comment line (\`: heartbeat\`) every 20 seconds.

Frames carry ids only; read the data with the same credentials. Changes committed through any
app instance are delivered.`;

const stream = op({
  summary: 'Follow an incident live (Server-Sent Events)',
  description: frames,
  tags: ['Incidents'],
  role: 'viewer',
  operationId: 'streamIncidentEvents',
  params: incidentRefParams,
});

export const realtimePaths: ZodOpenApiPathsObject = {
  '/api/v1/incidents/{ref}/events': {
    get: {
      ...stream,
      responses: {
        ...stream.responses,
        '200': {
          description: 'The event stream.',
          headers: requestIdHeaders,
          content: { 'text/event-stream': { schema: z.string().meta({ description: 'Server-Sent Events frames, UTF-8.' }) } },
        },
      },
    },
  },
};
