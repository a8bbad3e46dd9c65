import 'server-only';
// Declaring an incident: title and severity are enough. In one transaction it creates the
// incident (its number comes from the sequence: INC-<number>), links the affected services,
// makes the declarer its commander (people only; an API token has nobody to assign), writes
// the "declared" timeline entry and the audit record, and announces it to live listeners.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notifyIncidentSubscribers } from '../notifications/notify-incident-subscribers.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexIncident } from '../search/index-incident.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { declaredEntry } from './change-entries.ts';
import { loadIncidentOutput } from './find-incident.ts';
import { keyTimeIssues } from './key-times.ts';
import { formatReference } from './reference.ts';
import { resolveServiceSlugs } from './resolve-services.ts';
import type { DeclareIncidentInput, IncidentOutput } from './schemas.ts';

export async function declareIncident(db: Db, { actor, input }: { actor: Actor; input: DeclareIncidentInput }): Promise<IncidentOutput> {
  return db.$transaction((tx) => declareIncidentIn(tx, { actor, input }));
}

/** The same, inside a caller's transaction (alert routing declares in the one that claims the alert). */
export async function declareIncidentIn(tx: DbTx, { actor, input }: { actor: Actor; input: DeclareIncidentInput }): Promise<IncidentOutput> {
  requireRole(actor, 'responder');
  const startedAt = input.startedAt ? new Date(input.startedAt) : null;
  const detectedAt = input.detectedAt ? new Date(input.detectedAt) : null;
  const issues = keyTimeIssues({ startedAt, detectedAt }, new Date());
  if (issues.length > 0) {
    throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });
  }

  {
    const serviceIds = await resolveServiceSlugs(tx, input.services);
    const incident = await tx.incident.create({
      data: {
        title: input.title,
        summary: input.summary,
        severity: input.severity,
        impact: input.impact,
        customerFacing: input.customerFacing,
        drill: input.drill,
        startedAt,
        detectedAt,
        declaredById: actor.userId,
        services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
        ...(actor.userId ? { roles: { create: [{ userId: actor.userId, role: 'commander' }] } } : {}),
      },
      select: { id: true, number: true, declaredAt: true, status: true },
    });
    const reference = formatReference(incident.number);
    const entry = declaredEntry({ reference, title: input.title, severity: input.severity, status: incident.status, services: [...new Set(input.services)] });
    await insertEntry(tx, actor, { incident: { id: incident.id }, ...entry, occurredAt: incident.declaredAt });
    await recordAudit(tx, actor, {
      action: 'incident.declared',
      entityType: 'incident',
      entityId: incident.id,
      after: { reference, ...input, services: [...new Set(input.services)], commander: actor.userId },
    });
    await indexIncident(tx, incident.id);
    await publishIncidentEvent(tx, { incidentId: incident.id, kind: 'incident.updated' });
    await notifyIncidentSubscribers(tx, { event: 'incident_declared', incidentId: incident.id });
    return loadIncidentOutput(tx, incident.id);
  }
}
