import 'server-only';
// Starting a drill, in one transaction: a drill incident is declared (drill flag set, so it is
// badged, bannered, prefixed in every message and left out of insights and status pages), the
// scenario's symptoms become its opening timeline entries (alerts), and the drill records its
// start and incident. Starting twice is refused.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { declareIncidentIn } from '../incidents/declare-incident.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { loadDrillOutput } from './drill-output.ts';
import type { DrillOutput } from './schemas.ts';

export async function startDrillInTx(tx: DbTx, { actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }): Promise<DrillOutput> {
  requireRole(actor, 'responder');
  // Lock the drill row so two "start" clicks cannot declare two incidents.
  const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Drill" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked[0]) throw new AppError('not_found', 'Drill not found.');
  if (locked[0].status !== 'scheduled') throw new AppError('conflict', `This drill is ${locked[0].status}: only a scheduled drill can start.`);
  const drill = await tx.drill.findUniqueOrThrow({ where: { id }, select: { scenario: { select: { title: true, description: true, severity: true, serviceIds: true, symptoms: true } } } });
  const { scenario } = drill;
  const services = await tx.service.findMany({ where: { id: { in: scenario.serviceIds } }, select: { slug: true } });
  const incident = await declareIncidentIn(tx, {
    actor,
    input: { title: scenario.title, summary: scenario.description, severity: scenario.severity, services: services.map((s) => s.slug), impact: '', customerFacing: false, drill: true },
  });
  // The symptoms just after the declaration, in order (1 ms apart keeps the timeline's order).
  for (const [i, body] of scenario.symptoms.entries()) {
    await insertEntry(tx, actor, { incident: { id: incident.id }, kind: 'alert', body, occurredAt: new Date(now.getTime() + i + 1), idempotencyKey: `drill:${id}:symptom:${i}` });
  }
  await tx.drill.update({ where: { id }, data: { status: 'running', startedAt: now, incidentId: incident.id, version: { increment: 1 } } });
  await recordAudit(tx, actor, { action: 'drill.started', entityType: 'drill', entityId: id, after: { incident: incident.reference } });
  return loadDrillOutput(tx, id);
}
