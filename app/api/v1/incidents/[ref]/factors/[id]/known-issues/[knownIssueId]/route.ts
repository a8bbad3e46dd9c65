import { apiRoute } from '@/lib/api/route';
import { linkFactorKnownIssue, unlinkFactorKnownIssue } from '@/lib/root-causes/link-known-issue';
import { factorKnownIssueParams } from '@/lib/root-causes/schemas';

const route = '/api/v1/incidents/[ref]/factors/[id]/known-issues/[knownIssueId]';

export const PUT = apiRoute({ role: 'responder', params: factorKnownIssueParams, route }, ({ db, actor, params }) =>
  linkFactorKnownIssue(db, { actor, ref: params.ref, factorId: params.id, knownIssueId: params.knownIssueId }),
);

export const DELETE = apiRoute({ role: 'responder', params: factorKnownIssueParams, route }, ({ db, actor, params }) =>
  unlinkFactorKnownIssue(db, { actor, ref: params.ref, factorId: params.id, knownIssueId: params.knownIssueId }),
);
