import 'server-only';
// Changing an action item with the version it is based on (stale → 409 with the current item).
// completedAt follows the status: set when it becomes done or won't do, cleared when re-opened.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { actionItemSelect, isOpenStatus, toActionItemOutput } from './action-item-output.ts';
import { checkOwner, dueDateValue } from './check-owner.ts';
import type { ActionItemOutput, UpdateActionItemInput } from './schemas.ts';

export async function findActionItem(db: DbTx, id: string) {
  const row = await db.actionItem.findUnique({ where: { id }, select: actionItemSelect });
  if (!row) throw new AppError('not_found', 'Action item not found.');
  return row;
}

export async function updateActionItem(db: Db, { actor, id, input }: { actor: Actor; id: string; input: UpdateActionItemInput }): Promise<ActionItemOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const before = await findActionItem(tx, id);
    await checkOwner(tx, input.ownerUserId);
    const { version, dueDate, ...rest } = input;
    const completedAt =
      input.status === undefined || isOpenStatus(input.status) === isOpenStatus(before.status) ? undefined : isOpenStatus(input.status) ? null : new Date();
    const [updated] = await tx.actionItem.updateManyAndReturn({
      where: { id, version },
      data: { ...rest, dueDate: dueDateValue(dueDate), completedAt, version: { increment: 1 } },
      select: { id: true },
    });
    if (!updated) {
      throw new AppError('conflict', 'Someone else changed this action item meanwhile. Review it, then apply your change again.', {
        details: { current: toActionItemOutput(before) },
      });
    }
    const out = toActionItemOutput(await findActionItem(tx, id));
    await recordAudit(tx, actor, { action: 'action_item.updated', entityType: 'action_item', entityId: id, before: toActionItemOutput(before), after: out });
    await publishIncidentEvent(tx, { incidentId: before.incidentId, kind: 'action_items.updated' });
    return out;
  });
}
