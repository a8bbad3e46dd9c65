import 'server-only';
// Taking a role away from someone on an incident, with its timeline entry and audit record.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { lockIncidentRoles } from './assign-role.ts';
import { roleChangeEntry } from './change-entries.ts';
import { findIncidentId, loadIncidentOutput } from './find-incident.ts';
import { formatReference } from './reference.ts';
import type { AssignRoleInput, IncidentOutput } from './schemas.ts';

export async function unassignRole(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: AssignRoleInput }): Promise<IncidentOutput> {
  requireRole(actor, 'responder');
  const { id, number } = await findIncidentId(db, ref);
  return db.$transaction(async (tx) => {
    await lockIncidentRoles(tx, id);
    const held = await tx.incidentRoleAssignment.findUnique({
      where: { incidentId_userId_role: { incidentId: id, userId: input.userId, role: input.role } },
      select: { user: { select: { name: true } } },
    });
    if (!held) throw new AppError('not_found', `That person is not ${input.role} of ${formatReference(number)}.`);
    await tx.incidentRoleAssignment.delete({
      where: { incidentId_userId_role: { incidentId: id, userId: input.userId, role: input.role } },
    });
    const entry = roleChangeEntry({ action: 'unassigned', role: input.role, user: { userId: input.userId, name: held.user.name } });
    await insertEntry(tx, actor, { incident: { id }, ...entry });
    await recordAudit(tx, actor, {
      action: 'incident.role_unassigned',
      entityType: 'incident',
      entityId: id,
      before: { role: input.role, userId: input.userId },
    });
    await publishIncidentEvent(tx, { incidentId: id, kind: 'incident.updated' });
    return loadIncidentOutput(tx, id);
  });
}
