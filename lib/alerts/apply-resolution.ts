import 'server-only';
// When an alert of an open incident resolves, its rule says what happens to the incident:
// `note` only (the timeline entry already written), or move it to `monitoring` / `resolve` it,
// on the `first` alert to resolve, the `last` one (the most recently started alert of the
// incident), or when `all` of them have. The move goes through the incidents domain
// (applyIncidentUpdate) as the alerts actor; an incident never moves backwards (a responder's
// "resolved" is never turned into "monitoring"), and a human-resolved incident stays resolved.
import type { DbTx } from '../db/client.ts';
import { applyIncidentUpdate } from '../incidents/update-incident.ts';
import { alertsActor } from './alert-timeline.ts';

const rank: Record<string, number> = { investigating: 0, identified: 1, monitoring: 2, resolved: 3, closed: 4 };

export async function applyResolution(
  tx: DbTx,
  { alertId, ruleId, incident, startsAt }: { alertId: string; ruleId: string | null; incident: { id: string; status: string }; startsAt: Date },
): Promise<string | null> {
  const rule = ruleId ? await tx.alertRule.findUnique({ where: { id: ruleId }, select: { resolveAction: true, resolveOn: true } }) : null;
  if (!rule || rule.resolveAction === 'note') return null;
  const target = rule.resolveAction === 'resolve' ? 'resolved' : 'monitoring';
  if ((rank[incident.status] ?? 0) >= rank[target]!) return null;

  const others = await tx.alert.findMany({ where: { incidentId: incident.id, id: { not: alertId } }, select: { status: true, startsAt: true } });
  const due =
    rule.resolveOn === 'first' ||
    (rule.resolveOn === 'all' && others.every((o) => o.status === 'resolved')) ||
    (rule.resolveOn === 'last' && others.every((o) => o.startsAt <= startsAt));
  if (!due) return null;

  await tx.$executeRaw`SELECT 1 FROM "Incident" WHERE "id" = ${incident.id}::uuid FOR UPDATE`;
  const current = await tx.incident.findUnique({ where: { id: incident.id }, select: { version: true, status: true } });
  if (!current || (rank[current.status] ?? 0) >= rank[target]!) return null;
  await applyIncidentUpdate(tx, alertsActor, incident.id, { version: current.version, status: target });
  return `incident ${target}`;
}
