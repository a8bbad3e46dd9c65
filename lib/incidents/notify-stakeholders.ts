import 'server-only';
// Hands a posted stakeholder update to the notification system: an `incident_updated` outbox
// message for the subscribers of the affected services, written inside the transaction that
// posts the update and delivered after commit by the worker (docs/notifications.md).
import type { DbTx } from '../db/client.ts';
import { notifyIncidentSubscribers } from '../notifications/notify-incident-subscribers.ts';

export interface StakeholderNotification {
  incidentId: string;
  entryId: string;
  reference: string;
  title: string;
  severity: string;
  status: string;
  /** Slugs of the affected services: whose subscribers to tell. */
  services: string[];
  /** The rendered update (Markdown), in the author's language. */
  body: string;
  nextUpdateAt: Date | null;
}

export async function notifyStakeholders(tx: DbTx, notification: StakeholderNotification): Promise<void> {
  await notifyIncidentSubscribers(tx, { event: 'incident_updated', incidentId: notification.incidentId, body: notification.body, nextUpdateAt: notification.nextUpdateAt });
}
