import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { listKnownIssues } from '@/lib/known-issues/list-known-issues';
import { createKnownIssueInput, listKnownIssuesQuery } from '@/lib/known-issues/schemas';

const route = '/api/v1/known-issues';

export const GET = apiRoute({ role: 'viewer', query: listKnownIssuesQuery, route }, ({ db, actor, query }) =>
  listKnownIssues(db, { actor, input: query }),
);

export const POST = apiRoute({ role: 'responder', body: createKnownIssueInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createKnownIssue(db, { actor, input: body }), 201),
);
