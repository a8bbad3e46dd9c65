import { listActionItems } from '@/lib/action-items/list-action-items';
import { listActionItemsQuery } from '@/lib/action-items/schemas';
import { apiRoute } from '@/lib/api/route';
import { csvResponse } from '@/lib/export/list-csv';

// The action item list as CSV, with the list's filters (GET /api/v1/action-items without paging).
export const GET = apiRoute({ role: 'viewer', query: listActionItemsQuery.omit({ limit: true, cursor: true }), route: '/api/v1/action-items.csv' }, ({ db, actor, query }) =>
  csvResponse('action-items', (cursor) => listActionItems(db, { actor, query: { ...query, limit: 200, cursor } })),
);
