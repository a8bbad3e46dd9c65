import { apiRoute } from '@/lib/api/route';
import { unlinkIncident } from '@/lib/known-issues/link-incident';
import { knownIssueIncidentParams } from '@/lib/known-issues/schemas';

const route = '/api/v1/known-issues/[id]/incidents/[ref]';

export const DELETE = apiRoute({ role: 'responder', params: knownIssueIncidentParams, route }, ({ db, actor, params }) =>
  unlinkIncident(db, { actor, id: params.id, incident: params.ref }),
);
