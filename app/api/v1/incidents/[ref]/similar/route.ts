import { apiRoute } from '@/lib/api/route';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { incidentSimilarKnownIssues } from '@/lib/search/find-similar';

const route = '/api/v1/incidents/[ref]/similar';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, route }, ({ db, actor, params }) =>
  incidentSimilarKnownIssues(db, { actor, ref: params.ref }),
);
