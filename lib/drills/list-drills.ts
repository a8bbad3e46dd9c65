import 'server-only';
// Drills for the calendar: upcoming (scheduled or running, soonest first) and the latest
// finished ones; and the drill behind an incident (for the banner on its pages).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { drillSelect, toDrillOutput } from './drill-output.ts';
import type { DrillOutput } from './schemas.ts';

export async function listDrills(db: DbTx, { actor }: { actor: Actor }): Promise<{ upcoming: DrillOutput[]; past: DrillOutput[] }> {
  requireRole(actor, 'viewer');
  const [upcoming, past] = await Promise.all([
    db.drill.findMany({ where: { status: { in: ['scheduled', 'running'] } }, orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }], take: 200, select: drillSelect }),
    db.drill.findMany({ where: { status: { in: ['finished', 'cancelled'] } }, orderBy: [{ scheduledAt: 'desc' }, { id: 'asc' }], take: 50, select: drillSelect }),
  ]);
  return { upcoming: upcoming.map((r) => toDrillOutput(r, null)), past: past.map((r) => toDrillOutput(r, null)) };
}

/** Whether the incident is a drill, and the drill that declared it (if one did). */
export async function findIncidentDrill(db: DbTx, { actor, incidentRef }: { actor: Actor; incidentRef: string }): Promise<{ drill: boolean; drillId: string | null } | null> {
  requireRole(actor, 'viewer');
  const number = /^(?:INC-)?(\d{1,9})$/i.exec(incidentRef)?.[1];
  const where = number ? { number: Number(number) } : /^[0-9a-f-]{36}$/i.test(incidentRef) ? { id: incidentRef } : null;
  if (!where) return null;
  const row = await db.incident.findUnique({ where, select: { drill: true, drillRun: { select: { id: true } } } });
  return row ? { drill: row.drill, drillId: row.drillRun?.id ?? null } : null;
}
