// PagerDuty's own path (https://events.pagerduty.com/v2/enqueue): the same receiver as
// /api/v1/alerts/events, for tools whose PagerDuty URL can only change its host.
import { receiveEvent } from '@/lib/alerts/receive-alerts';
import { apiRoute, jsonResponse } from '@/lib/api/route';
import { getEnv } from '@/lib/config/env';

export const POST = apiRoute({ role: 'public', route: '/v2/enqueue' }, async ({ req, db }) =>
  jsonResponse(await receiveEvent(db, { req, limits: getEnv() }), 202),
);
