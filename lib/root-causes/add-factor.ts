import 'server-only';
// Adding a factor to an incident's analysis (responders), audited, announced to live pages.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { factorSelect, toFactorOutput } from './factor-output.ts';
import type { AddFactorInput, FactorOutput } from './schemas.ts';

export async function addFactor(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: AddFactorInput }): Promise<FactorOutput> {
  requireRole(actor, 'responder');
  const { id: incidentId } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    await requireUnpublished(tx, incidentId, 'factors');
    const last = await tx.incidentFactor.aggregate({ where: { incidentId }, _max: { position: true } });
    const position = input.position ?? (last._max.position ?? -1) + 1;
    const row = await tx.incidentFactor.create({
      data: { incidentId, kind: input.kind, category: input.category, description: input.description, fiveWhys: input.fiveWhys, position },
      select: factorSelect,
    });
    const out = toFactorOutput(row);
    await recordAudit(tx, actor, { action: 'incident_factor.added', entityType: 'incident_factor', entityId: row.id, after: out });
    await publishIncidentEvent(tx, { incidentId, kind: 'analysis.updated' });
    return out;
  });
}
