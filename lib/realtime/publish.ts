import 'server-only';
// Announces a change to an incident to every app instance. Call it inside the transaction
// that makes the change: PostgreSQL delivers a NOTIFY only when that transaction commits, and
// drops it on rollback, so listeners never hear of a change that did not happen.
import type { DbTx } from '../db/client.ts';
import { encodeIncidentEvent, INCIDENT_EVENTS_CHANNEL, type IncidentEvent } from './events.ts';

export type { IncidentEvent, IncidentEventKind } from './events.ts';

export async function publishIncidentEvent(db: DbTx, event: IncidentEvent): Promise<void> {
  const payload = encodeIncidentEvent(event);
  // $executeRaw: pg_notify returns void, which a typed $queryRaw would have to deserialise.
  await db.$executeRaw`SELECT pg_notify(${INCIDENT_EVENTS_CHANNEL}, ${payload})`;
}
