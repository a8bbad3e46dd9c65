import 'server-only';
// The root-cause analysis of one incident: its factors in order, and the detection record.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { factorSelect, toDetectionOutput, toFactorOutput } from './factor-output.ts';
import type { AnalysisOutput } from './schemas.ts';

export async function listFactors(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<AnalysisOutput> {
  requireRole(actor, 'viewer');
  const { id } = await findIncidentId(db, ref);
  const [factors, detection] = await Promise.all([
    db.incidentFactor.findMany({ where: { incidentId: id }, select: factorSelect, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] }),
    db.incidentDetection.findUnique({ where: { incidentId: id }, select: { method: true, detectedBy: true, whyNotEarlier: true, version: true, updatedAt: true } }),
  ]);
  return { items: factors.map(toFactorOutput), detection: toDetectionOutput(detection), nextCursor: null };
}
