import { apiRoute } from '@/lib/api/route';
import { linkIncident } from '@/lib/known-issues/link-incident';
import { knownIssueParams, linkIncidentInput } from '@/lib/known-issues/schemas';

const route = '/api/v1/known-issues/[id]/incidents';

export const POST = apiRoute({ role: 'responder', params: knownIssueParams, body: linkIncidentInput, route }, ({ db, actor, params, body }) =>
  linkIncident(db, { actor, id: params.id, incident: body.incident }),
);
