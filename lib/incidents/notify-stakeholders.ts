import 'server-only';
// HOOK, NOT YET WIRED: hands a posted stakeholder update to the notification system, for the
// subscribers of the affected services. It is called inside the transaction that posts the
// update, so that the change-notification issue can fill it with an outbox write (sent after
// commit by a worker) without touching the incident code.
//
// Today it writes and sends nothing; docs/incidents.md lists this as pending work.
import type { DbTx } from '../db/client.ts';

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
  void tx;
  void notification;
}
