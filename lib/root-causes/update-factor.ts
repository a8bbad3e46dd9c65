import 'server-only';
// Changing a factor, with the version it is based on: a stale version answers 409 with the
// current factor, so two people refining the same factor never overwrite each other.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { factorSelect, toFactorOutput } from './factor-output.ts';
import type { FactorOutput, UpdateFactorInput } from './schemas.ts';

export async function findFactor(db: DbTx, ref: string, factorId: string) {
  const { id: incidentId } = await findIncidentId(db, ref);
  const row = await db.incidentFactor.findFirst({ where: { id: factorId, incidentId }, select: factorSelect });
  if (!row) throw new AppError('not_found', 'Factor not found on this incident.');
  return row;
}

export async function updateFactor(
  db: Db,
  { actor, ref, factorId, input }: { actor: Actor; ref: string; factorId: string; input: UpdateFactorInput },
): Promise<FactorOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const before = await findFactor(tx, ref, factorId);
    await requireUnpublished(tx, before.incidentId, 'factors');
    const { version, ...changes } = input;
    // updateManyAndReturn cannot select relations (the linked known issues): re-read after.
    const { count } = await tx.incidentFactor.updateMany({ where: { id: factorId, version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) {
      throw new AppError('conflict', 'Someone else changed this factor meanwhile. Review the current text, then apply your change again.', {
        details: { current: toFactorOutput(before) },
      });
    }
    const out = toFactorOutput(await tx.incidentFactor.findUniqueOrThrow({ where: { id: factorId }, select: factorSelect }));
    await recordAudit(tx, actor, { action: 'incident_factor.updated', entityType: 'incident_factor', entityId: factorId, before: toFactorOutput(before), after: out });
    await publishIncidentEvent(tx, { incidentId: before.incidentId, kind: 'analysis.updated' });
    return out;
  });
}
