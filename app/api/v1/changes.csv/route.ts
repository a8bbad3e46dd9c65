import { apiRoute } from '@/lib/api/route';
import { listChanges } from '@/lib/changes/list-changes';
import { listChangesQuery } from '@/lib/changes/schemas';
import { csvResponse } from '@/lib/export/list-csv';

// The change list as CSV, with the list's filters (GET /api/v1/changes without paging).
export const GET = apiRoute({ role: 'viewer', query: listChangesQuery.omit({ limit: true, cursor: true }), route: '/api/v1/changes.csv' }, ({ db, actor, query }) =>
  csvResponse('changes', (cursor) => listChanges(db, { actor, input: { ...query, limit: 100, cursor } })),
);
