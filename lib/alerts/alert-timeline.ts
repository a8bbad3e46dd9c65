import 'server-only';
// The `alert` timeline entries routing writes: one per new alert in a group (and per re-fire or
// resolution, unless the alert is flapping); repeats write none. Idempotent on the alert event,
// so a pass that is retried after a crash writes nothing twice. `data` carries the facts, for
// the page to phrase in the reader's language; `body` is the English sentence for the API.
import { systemActor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { describeCorrelation, type Correlation } from './correlate-change.ts';

export const alertsActor = systemActor('alerts');

export interface AlertEntryFacts {
  eventId: bigint;
  alertId: string;
  status: 'firing' | 'resolved' | 'acknowledged' | 'refired';
  summary: string;
  severity: string;
  source: string;
  correlation: Correlation | null;
}

const verbs = { firing: 'Alert firing', refired: 'Alert firing again', resolved: 'Alert resolved', acknowledged: 'Alert acknowledged' } as const;

export async function writeAlertEntry(tx: DbTx, incidentId: string, f: AlertEntryFacts): Promise<void> {
  const summary = f.summary.replace(/[\r\n]+/g, ' ').slice(0, 500);
  const correlation = f.correlation && f.status !== 'resolved' ? ` ${describeCorrelation(f.correlation)}` : '';
  await insertEntry(tx, alertsActor, {
    incident: { id: incidentId },
    kind: 'alert',
    body: `${verbs[f.status]}: ${summary} (${f.source}, ${f.severity}).${correlation}`,
    data: {
      event: 'alert', alertId: f.alertId, status: f.status, summary, severity: f.severity, source: f.source,
      ...(f.correlation ? { correlation: { ...f.correlation } } : {}),
    },
    idempotencyKey: `alert-event:${f.eventId}`,
  });
}
