// Grafana's webhook contact point. Public: the key in the path is the credential.
import { keyParams } from '@/lib/alerts/schemas';
import { receiveWebhook } from '@/lib/alerts/receive-alerts';
import { apiRoute } from '@/lib/api/route';
import { getEnv } from '@/lib/config/env';

export const POST = apiRoute({ role: 'public', params: keyParams, route: '/api/v1/alerts/grafana/[key]' }, ({ req, db, params }) =>
  receiveWebhook(db, { type: 'grafana', key: params.key, req, limits: getEnv() }),
);
