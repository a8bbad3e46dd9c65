import 'server-only';
// Editing an incident's fields (PATCH). Optimistic concurrency: the caller names the version
// its change is based on; the write is `UPDATE … WHERE id = $id AND version = $version`, so
// of two edits based on the same version exactly one wins and the other gets 409 carrying the
// current incident (error.current), which the UI shows instead of overwriting. Each changed
// field writes its timeline entry, and the audit record, in the same transaction.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { notifyIncidentSubscribers } from '../notifications/notify-incident-subscribers.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexIncident } from '../search/index-incident.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { findIncidentId, loadIncidentOutput } from './find-incident.ts';
import { planIncidentUpdate, type IncidentState } from './plan-incident-update.ts';
import { resolveServiceSlugs } from './resolve-services.ts';
import type { IncidentOutput, Severity, UpdateIncidentInput } from './schemas.ts';
import type { IncidentStatus } from './status-machine.ts';

export class StaleVersion extends Error {}

export async function versionConflict(db: DbTx, incidentId: string): Promise<AppError> {
  const current = await loadIncidentOutput(db, incidentId);
  return new AppError(
    'conflict',
    `Someone else changed ${current.reference} meanwhile (it is now at version ${current.version}). Review the current state, then apply your change again.`,
    { details: { current } },
  );
}

async function readState(tx: DbTx, id: string): Promise<IncidentState & { version: number }> {
  const row = await tx.incident.findUnique({
    where: { id },
    select: {
      version: true, title: true, summary: true, severity: true, status: true, impact: true, customerFacing: true, drill: true,
      startedAt: true, detectedAt: true, acknowledgedAt: true, mitigatedAt: true, resolvedAt: true, closedAt: true, nextUpdateAt: true,
      services: { select: { service: { select: { slug: true } } } },
    },
  });
  if (!row) throw new AppError('not_found', 'Incident not found.');
  const { services, ...rest } = row;
  return { ...rest, severity: rest.severity as Severity, status: rest.status as IncidentStatus, services: services.map((s) => s.service.slug) };
}

export async function updateIncident(
  db: Db,
  { actor, ref, input }: { actor: Actor; ref: string; input: UpdateIncidentInput },
): Promise<IncidentOutput> {
  requireRole(actor, 'responder');
  const { id } = await findIncidentId(db, ref);
  try {
    return await db.$transaction((tx) => applyIncidentUpdate(tx, actor, id, input));
  } catch (e) {
    if (e instanceof StaleVersion) throw await versionConflict(db, id);
    throw e;
  }
}

/**
 * The update inside a caller's transaction (alert routing moves an incident to monitoring or
 * resolved in the one that claims the alert). Throws StaleVersion (→ 409 in updateIncident).
 */
export async function applyIncidentUpdate(tx: DbTx, actor: Actor, id: string, input: UpdateIncidentInput): Promise<IncidentOutput> {
  const current = await readState(tx, id);
  if (current.version !== input.version) throw new StaleVersion();
  const plan = planIncidentUpdate(current, input, new Date());
  if (plan.entries.length === 0) return loadIncidentOutput(tx, id);

  const serviceIds = plan.services ? await resolveServiceSlugs(tx, plan.services) : undefined;
  const { count } = await tx.incident.updateMany({
    where: { id, version: input.version },
    data: { ...plan.data, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersion();
  if (serviceIds) {
    await tx.incidentService.deleteMany({ where: { incidentId: id } });
    await tx.incidentService.createMany({ data: serviceIds.map((serviceId) => ({ incidentId: id, serviceId })) });
  }
  for (const entry of plan.entries) await insertEntry(tx, actor, { incident: { id }, ...entry });
  await recordAudit(tx, actor, { action: 'incident.updated', entityType: 'incident', entityId: id, before: plan.before, after: plan.after });
  if (plan.data.title !== undefined || plan.data.summary !== undefined || plan.data.impact !== undefined || serviceIds) await indexIncident(tx, id);
  await publishIncidentEvent(tx, { incidentId: id, kind: 'incident.updated' });
  // Resolving (not closing, nor re-resolving) tells the subscribers.
  if (plan.data.status === 'resolved' && current.status !== 'resolved') await notifyIncidentSubscribers(tx, { event: 'incident_resolved', incidentId: id });
  return loadIncidentOutput(tx, id);
}
