// Alertmanager's webhook receiver (webhook_configs.url). Public: the key in the path is the credential.
import { keyParams } from '@/lib/alerts/schemas';
import { receiveWebhook } from '@/lib/alerts/receive-alerts';
import { apiRoute } from '@/lib/api/route';
import { getEnv } from '@/lib/config/env';

export const POST = apiRoute({ role: 'public', params: keyParams, route: '/api/v1/alerts/alertmanager/[key]' }, ({ req, db, params }) =>
  receiveWebhook(db, { type: 'alertmanager', key: params.key, req, limits: getEnv() }),
);
