import 'server-only';
// Removing a factor (responders); the removed text stays in the audit log.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { toFactorOutput } from './factor-output.ts';
import { findFactor } from './update-factor.ts';

export async function removeFactor(db: Db, { actor, ref, factorId }: { actor: Actor; ref: string; factorId: string }): Promise<void> {
  requireRole(actor, 'responder');
  await db.$transaction(async (tx) => {
    const before = await findFactor(tx, ref, factorId);
    await requireUnpublished(tx, before.incidentId, 'factors');
    await tx.incidentFactor.delete({ where: { id: factorId } });
    await recordAudit(tx, actor, { action: 'incident_factor.removed', entityType: 'incident_factor', entityId: factorId, before: toFactorOutput(before) });
    await publishIncidentEvent(tx, { incidentId: before.incidentId, kind: 'analysis.updated' });
  });
}
