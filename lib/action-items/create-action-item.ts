import 'server-only';
// Adding an action item to an incident (responders), audited, announced to live pages.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { actionItemSelect, isOpenStatus, toActionItemOutput } from './action-item-output.ts';
import { checkOwner, dueDateValue } from './check-owner.ts';
import type { ActionItemOutput, CreateActionItemInput } from './schemas.ts';

export async function createActionItem(db: Db, { actor, input }: { actor: Actor; input: CreateActionItemInput }): Promise<ActionItemOutput> {
  requireRole(actor, 'responder');
  const { id: incidentId } = await findIncidentId(db, input.incident);
  return db.$transaction(async (tx) => {
    await checkOwner(tx, input.ownerUserId);
    const row = await tx.actionItem.create({
      data: {
        incidentId,
        kind: input.kind,
        title: input.title,
        ownerUserId: input.ownerUserId,
        dueDate: dueDateValue(input.dueDate) ?? null,
        priority: input.priority,
        status: input.status,
        externalUrl: input.externalUrl,
        completedAt: isOpenStatus(input.status) ? null : new Date(),
      },
      select: actionItemSelect,
    });
    const out = toActionItemOutput(row);
    await recordAudit(tx, actor, { action: 'action_item.created', entityType: 'action_item', entityId: row.id, after: out });
    await publishIncidentEvent(tx, { incidentId, kind: 'action_items.updated' });
    return out;
  });
}
