import 'server-only';
// Reading an incident's postmortem (every signed-in person), or 404 while none exists.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { formatReference } from '../incidents/reference.ts';
import { loadPostmortem } from './postmortem-output.ts';
import type { PostmortemOutput } from './schemas.ts';

export async function getPostmortem(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<PostmortemOutput> {
  requireRole(actor, 'viewer');
  const { id, number } = await findIncidentId(db, ref);
  const pm = await loadPostmortem(db, id);
  if (!pm) throw new AppError('not_found', `${formatReference(number)} has no postmortem yet.`);
  return pm;
}
