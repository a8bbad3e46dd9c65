import { apiRoute } from '@/lib/api/route';
import { knownIssueParams, setKnownIssueStatusInput } from '@/lib/known-issues/schemas';
import { setKnownIssueStatus } from '@/lib/known-issues/set-known-issue-status';

const route = '/api/v1/known-issues/[id]/status';

export const PUT = apiRoute({ role: 'responder', params: knownIssueParams, body: setKnownIssueStatusInput, route }, ({ db, actor, params, body }) =>
  setKnownIssueStatus(db, { actor, id: params.id, input: body }),
);
