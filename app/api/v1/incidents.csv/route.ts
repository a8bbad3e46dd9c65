import { apiRoute } from '@/lib/api/route';
import { csvResponse } from '@/lib/export/list-csv';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { listIncidentsQuery } from '@/lib/incidents/schemas';

// The incident list as CSV, with the list's filters (GET /api/v1/incidents without paging).
export const GET = apiRoute({ role: 'viewer', query: listIncidentsQuery.omit({ limit: true, cursor: true }), route: '/api/v1/incidents.csv' }, ({ db, actor, query }) =>
  csvResponse('incidents', (cursor) => listIncidents(db, { actor, input: { ...query, limit: 100, cursor } })),
);
