import 'server-only';
// A responder says how badly an incident hurts each affected service. The status pages show
// the worst open impact per component. Each change ends the service's open impact interval
// and (unless operational) starts a new one, so the history keeps every step for the uptime
// bars; the change is written to the incident's timeline in the same transaction.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import type { ComponentImpact, IncidentImpactOutput, SetIncidentImpactInput } from './schemas.ts';

export async function loadIncidentImpact(db: DbTx, incidentId: string): Promise<IncidentImpactOutput> {
  const rows = await db.incidentImpact.findMany({
    where: { incidentId, endedAt: null },
    orderBy: { startedAt: 'asc' },
    select: { impact: true, startedAt: true, service: { select: { slug: true, name: true } } },
  });
  return {
    components: rows.map((r) => ({ service: r.service.slug, serviceName: r.service.name, impact: r.impact as ComponentImpact, since: r.startedAt.toISOString() })),
  };
}

export async function getIncidentImpact(db: Db, { actor, ref }: { actor: Actor; ref: string }): Promise<IncidentImpactOutput> {
  requireRole(actor, 'viewer');
  const { id } = await findIncidentId(db, ref);
  return loadIncidentImpact(db, id);
}

export async function setIncidentImpact(
  db: Db,
  { actor, ref, input }: { actor: Actor; ref: string; input: SetIncidentImpactInput },
): Promise<IncidentImpactOutput> {
  requireRole(actor, 'responder');
  const { id } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    // One writer per incident at a time: two responders' edits must not both open an interval.
    await tx.$queryRaw`SELECT id FROM "Incident" WHERE id = ${id}::uuid FOR UPDATE`;
    const slugs = input.components.map((c) => c.service);
    const services = await tx.service.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const idOf = new Map(services.map((s) => [s.slug, s.id]));
    const issues = input.components.flatMap((c, i) =>
      idOf.has(c.service) ? [] : [{ path: `components.${i}.service`, message: `There is no service '${c.service}' in the catalogue.` }],
    );
    if (issues.length) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });

    const open = await tx.incidentImpact.findMany({ where: { incidentId: id, endedAt: null }, select: { id: true, serviceId: true, impact: true } });
    const openBy = new Map(open.map((o) => [o.serviceId, o]));
    const now = new Date();
    const changes: string[] = [];
    for (const c of input.components) {
      const serviceId = idOf.get(c.service)!;
      const current = openBy.get(serviceId);
      if ((current?.impact ?? 'operational') === c.impact) continue;
      if (current) await tx.incidentImpact.update({ where: { id: current.id }, data: { endedAt: now } });
      if (c.impact !== 'operational') await tx.incidentImpact.create({ data: { incidentId: id, serviceId, impact: c.impact, startedAt: now } });
      changes.push(`${c.service}: ${(current?.impact ?? 'operational').replace(/_/g, ' ')} → ${c.impact.replace(/_/g, ' ')}`);
    }
    if (changes.length) {
      await insertEntry(tx, actor, {
        incident: { id },
        kind: 'action',
        body: `Status page impact: ${changes.join('; ')}`,
        data: { event: 'impact_changed', components: input.components },
      });
      await publishIncidentEvent(tx, { incidentId: id, kind: 'incident.updated' });
      await recordAudit(tx, actor, { action: 'incident.impact_changed', entityType: 'incident', entityId: id, after: input.components });
    }
    return loadIncidentImpact(tx, id);
  });
}
