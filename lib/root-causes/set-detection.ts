import 'server-only';
// Recording how the incident was detected (one record per incident), with the version it is
// based on (0 for the first record); stale → 409 with the current record.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { toDetectionOutput } from './factor-output.ts';
import type { DetectionInput, DetectionOutput } from './schemas.ts';

const select = { method: true, detectedBy: true, whyNotEarlier: true, version: true, updatedAt: true } as const;

export async function setDetection(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: DetectionInput }): Promise<DetectionOutput> {
  requireRole(actor, 'responder');
  const { id: incidentId } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    // Row lock (or the absence of a row) decides between concurrent writers.
    await tx.$executeRaw`SELECT 1 FROM "Incident" WHERE id = ${incidentId}::uuid FOR UPDATE`;
    await requireUnpublished(tx, incidentId, 'detection');
    const current = await tx.incidentDetection.findUnique({ where: { incidentId }, select });
    if ((current?.version ?? 0) !== input.version) {
      throw new AppError('conflict', 'Someone else changed the detection record meanwhile. Review it, then apply your change again.', {
        details: { current: toDetectionOutput(current) },
      });
    }
    const { version: _version, ...fields } = input;
    const row = await tx.incidentDetection.upsert({
      where: { incidentId },
      create: { incidentId, ...fields, updatedById: actor.userId },
      update: { ...fields, updatedById: actor.userId, version: { increment: 1 } },
      select,
    });
    const out = toDetectionOutput(row);
    await recordAudit(tx, actor, { action: 'incident_detection.updated', entityType: 'incident', entityId: incidentId, before: current ? toDetectionOutput(current) : null, after: out });
    await publishIncidentEvent(tx, { incidentId, kind: 'analysis.updated' });
    return out;
  });
}
