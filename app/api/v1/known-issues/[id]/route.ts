import { apiRoute } from '@/lib/api/route';
import { getKnownIssue } from '@/lib/known-issues/get-known-issue';
import { knownIssueParams, updateKnownIssueInput } from '@/lib/known-issues/schemas';
import { updateKnownIssue } from '@/lib/known-issues/update-known-issue';

const route = '/api/v1/known-issues/[id]';

export const GET = apiRoute({ role: 'viewer', params: knownIssueParams, route }, ({ db, actor, params }) =>
  getKnownIssue(db, { actor, id: params.id }),
);

export const PATCH = apiRoute({ role: 'responder', params: knownIssueParams, body: updateKnownIssueInput, route }, ({ db, actor, params, body }) =>
  updateKnownIssue(db, { actor, id: params.id, input: body }),
);
