// The live stream of the alerts list (Server-Sent Events): an `incident` frame with kind
// `alerts.updated` whenever routing changed an alert; the page refetches its list.
import { ALERTS_STREAM_KEY } from '@/lib/alerts/publish-alerts-changed';
import { apiRoute } from '@/lib/api/route';
import { getIncidentEventListener } from '@/lib/realtime/listener';
import { incidentEventResponse } from '@/lib/realtime/sse-stream';

export const GET = apiRoute({ role: 'viewer', route: '/api/v1/alerts/live' }, async ({ req }) =>
  incidentEventResponse({ listener: getIncidentEventListener(), incidentId: ALERTS_STREAM_KEY, hello: { stream: 'alerts' }, signal: req.signal }),
);
