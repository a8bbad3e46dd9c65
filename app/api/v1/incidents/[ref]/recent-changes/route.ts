import { apiRoute } from '@/lib/api/route';
import { listRecentChangesForIncident } from '@/lib/changes/list-recent-changes-for-incident';
import { recentChangesQuery } from '@/lib/changes/recent-changes-schemas';
import { incidentRefParams } from '@/lib/incidents/schemas';

const route = '/api/v1/incidents/[ref]/recent-changes';

export const GET = apiRoute({ role: 'viewer', params: incidentRefParams, query: recentChangesQuery, route }, ({ db, actor, params, query }) =>
  listRecentChangesForIncident(db, { actor, ref: params.ref, input: query }),
);
