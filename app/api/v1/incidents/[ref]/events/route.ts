// The live stream of one incident (Server-Sent Events): ids of what changed, for the page to
// fetch. Every signed-in person who may read the incident may follow it.
import { apiRoute } from '@/lib/api/route';
import { getIncident } from '@/lib/incidents/get-incident';
import { incidentRefParams } from '@/lib/incidents/schemas';
import { getIncidentEventListener } from '@/lib/realtime/listener';
import { incidentEventResponse } from '@/lib/realtime/sse-stream';

export const GET = apiRoute(
  { role: 'viewer', params: incidentRefParams, route: '/api/v1/incidents/[ref]/events' },
  async ({ req, db, actor, params }) => {
    // Authorisation and 404 exactly as for reading the incident itself.
    const { id, number } = await getIncident(db, { actor, ref: params.ref });
    return incidentEventResponse({
      listener: getIncidentEventListener(),
      incidentId: id,
      hello: { incidentId: id, number },
      signal: req.signal,
    });
  },
);
