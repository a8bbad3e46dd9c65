import { apiRoute } from '@/lib/api/route';
import { csvResponse } from '@/lib/export/list-csv';
import { listKnownIssues } from '@/lib/known-issues/list-known-issues';
import { listKnownIssuesQuery } from '@/lib/known-issues/schemas';

// The known issue list as CSV, with the list's filters (GET /api/v1/known-issues without paging).
export const GET = apiRoute({ role: 'viewer', query: listKnownIssuesQuery.omit({ limit: true, cursor: true }), route: '/api/v1/known-issues.csv' }, ({ db, actor, query }) =>
  csvResponse('known-issues', (cursor) => listKnownIssues(db, { actor, input: { ...query, limit: 100, cursor } })),
);
