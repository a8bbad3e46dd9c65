import 'server-only';
// One incident as its page shows it: fields, key times and derived durations, affected
// services with their owner teams and contacts ("who to call"), and who holds which role.
// Every signed-in person may read every incident.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { loadIncidentOutput } from './find-incident.ts';
import type { IncidentOutput } from './schemas.ts';

export async function getIncident(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<IncidentOutput> {
  requireRole(actor, 'viewer');
  return loadIncidentOutput(db, ref);
}
