import 'server-only';
// Giving someone a role on an incident. Commander, communications lead and scribe have one
// holder each (assigning replaces the previous holder, and the timeline says so); responders
// and observers may be many. Role changes are serialised per incident by a row lock, so two
// people naming a commander at once still leave exactly one.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { roleChangeEntry } from './change-entries.ts';
import { findIncidentId, loadIncidentOutput } from './find-incident.ts';
import type { AssignRoleInput, IncidentOutput, IncidentRoleKind } from './schemas.ts';

export const singleHolderRoles: readonly IncidentRoleKind[] = ['commander', 'communications', 'scribe'];

/** Serialises role changes on one incident without blocking readers or timeline appends. */
export async function lockIncidentRoles(tx: DbTx, incidentId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Incident" WHERE id = ${incidentId}::uuid FOR NO KEY UPDATE`;
}

export async function assignRole(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: AssignRoleInput }): Promise<IncidentOutput> {
  requireRole(actor, 'responder');
  const { id } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    await lockIncidentRoles(tx, id);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, active: true } });
    if (!user || !user.active) {
      const message = 'There is no active user with this id.';
      throw new AppError('invalid', `Some fields are not valid: userId.`, { issues: [{ path: 'userId', message }] });
    }
    const holders = await tx.incidentRoleAssignment.findMany({
      where: { incidentId: id, role: input.role },
      select: { userId: true, user: { select: { name: true } } },
    });
    if (holders.some((h) => h.userId === user.id)) return loadIncidentOutput(tx, id);

    const replaced = singleHolderRoles.includes(input.role) ? (holders[0] ?? null) : null;
    if (replaced) await tx.incidentRoleAssignment.deleteMany({ where: { incidentId: id, role: input.role } });
    await tx.incidentRoleAssignment.create({ data: { incidentId: id, userId: user.id, role: input.role } });
    // The first role given means someone took the incident on: its acknowledged time, when no
    // one recorded it yet (editable on the key times like any other).
    await tx.incident.updateMany({ where: { id, acknowledgedAt: null }, data: { acknowledgedAt: new Date(), version: { increment: 1 } } });
    const entry = roleChangeEntry({
      action: 'assigned',
      role: input.role,
      user: { userId: user.id, name: user.name },
      replaced: replaced ? { userId: replaced.userId, name: replaced.user.name } : null,
    });
    await insertEntry(tx, actor, { incident: { id }, ...entry });
    await recordAudit(tx, actor, {
      action: 'incident.role_assigned',
      entityType: 'incident',
      entityId: id,
      before: replaced ? { role: input.role, userId: replaced.userId } : undefined,
      after: { role: input.role, userId: user.id },
    });
    await publishIncidentEvent(tx, { incidentId: id, kind: 'incident.updated' });
    return loadIncidentOutput(tx, id);
  });
}
