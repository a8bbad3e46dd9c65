import { apiRoute } from '@/lib/api/route';
import { listKnownIssueRevisions } from '@/lib/known-issues/list-known-issue-revisions';
import { knownIssueParams } from '@/lib/known-issues/schemas';

const route = '/api/v1/known-issues/[id]/revisions';

export const GET = apiRoute({ role: 'viewer', params: knownIssueParams, route }, ({ db, actor, params }) =>
  listKnownIssueRevisions(db, { actor, id: params.id }),
);
