import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { pageSelect, toPageOutput } from './page-output.ts';
import type { PageOutput } from './schemas.ts';

/** Every page of an incident, oldest first. */
export async function listIncidentPages(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<PageOutput[]> {
  requireRole(actor, 'viewer');
  const incident = await findIncidentId(db, ref);
  const rows = await db.page.findMany({ where: { incidentId: incident.id }, orderBy: [{ sentAt: 'asc' }, { level: 'asc' }, { id: 'asc' }], select: pageSelect });
  return rows.map(toPageOutput);
}
