// The PagerDuty Events API v2, so that any tool that can page PagerDuty sends here by changing
// only the base URL. Public: the body's routing_key is the credential. Answered as PagerDuty does.
import { receiveEvent } from '@/lib/alerts/receive-alerts';
import { apiRoute, jsonResponse } from '@/lib/api/route';
import { getEnv } from '@/lib/config/env';

export const POST = apiRoute({ role: 'public', route: '/api/v1/alerts/events' }, async ({ req, db }) =>
  jsonResponse(await receiveEvent(db, { req, limits: getEnv() }), 202),
);
