import 'server-only';
// Tells live /alerts pages that the list changed, through the realtime mechanism incidents use
// (pg_notify → each instance's listener → SSE). The listener fans out by key; the alerts list
// uses the fixed key ALERTS_STREAM_KEY. Sent from the worker after routing (a new alert or a
// change of status), never from the receive path, whose repeats change nothing to see.
import type { DbTx } from '../db/client.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';

export const ALERTS_STREAM_KEY = 'alerts';

export async function publishAlertsChanged(tx: DbTx): Promise<void> {
  await publishIncidentEvent(tx, { incidentId: ALERTS_STREAM_KEY, kind: 'alerts.updated' });
}
