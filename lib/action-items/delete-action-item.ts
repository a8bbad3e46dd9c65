import 'server-only';
// Deleting an action item (responders); its content stays in the audit log.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { toActionItemOutput } from './action-item-output.ts';
import { findActionItem } from './update-action-item.ts';

export async function deleteActionItem(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<void> {
  requireRole(actor, 'responder');
  await db.$transaction(async (tx) => {
    const before = await findActionItem(tx, id);
    await requireUnpublished(tx, before.incidentId, 'action_item_delete');
    await tx.actionItem.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'action_item.deleted', entityType: 'action_item', entityId: id, before: toActionItemOutput(before) });
    await publishIncidentEvent(tx, { incidentId: before.incidentId, kind: 'action_items.updated' });
  });
}
