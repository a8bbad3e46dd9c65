import 'server-only';
// Moving a change through its lifecycle (./status-machine.ts). Starting sets startedAt;
// finishing (completed, rolled back, cancelled) sets finishedAt. Subscribers are told through
// the outbox in the same transaction: starting → change_starting; completed or rolled back →
// change_completed; a cancellation → change_announced again (with status cancelled), since
// whoever was told of the plan must hear that it was called off.
//
// Only the announcing team may move it (./can-manage-change.ts); starting early or before
// every notified team acknowledged asks for confirmation (./start-confirmation.ts).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { enqueueNotifications } from '../notifications/enqueue-notifications.ts';
import type { NotificationEvent } from '../subscriptions/events.ts';
import { auditSnapshot, loadChangeOutput } from './change-output.ts';
import { requireChangeManager } from './can-manage-change.ts';
import { changeNotificationPayload } from './notification-payload.ts';
import { loadStartFacts, requireStartConfirmation } from './start-confirmation.ts';
import type { ChangeOutput, ChangeStatusInput } from './schemas.ts';
import { checkChangeTransition, isFinished, type ChangeStatus } from './status-machine.ts';
import { changeVersionConflict } from './update-change.ts';

const eventFor: Partial<Record<ChangeStatus, NotificationEvent>> = {
  in_progress: 'change_starting',
  completed: 'change_completed',
  rolled_back: 'change_completed',
  cancelled: 'change_announced',
};

class StaleVersion extends Error {}

export async function transitionChange(db: Db, { actor, id, input }: { actor: Actor; id: string; input: ChangeStatusInput }): Promise<ChangeOutput> {
  requireRole(actor, 'responder');
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadChangeOutput(tx, id);
      await requireChangeManager(tx, actor, id);
      if (input.version !== undefined && input.version !== before.version) throw new StaleVersion();
      const check = checkChangeTransition(before.status, input.status);
      if (!check.ok) throw new AppError('invalid', check.message, { issues: [{ path: 'status', message: check.message, code: 'invalid_transition' }] });
      if (!check.changed) return before;

      const now = new Date();
      let started: Record<string, unknown> = {};
      if (input.status === 'in_progress') {
        const scheduledAt = new Date(before.scheduledAt);
        const facts = await loadStartFacts(tx, id, scheduledAt, now);
        requireStartConfirmation(facts, input, scheduledAt);
        started = { startedAt: now, startedEarly: facts.early, startedUnacknowledgedTeams: facts.unacknowledgedTeams.map((t) => t.name) };
      }
      const { count } = await tx.changeEvent.updateMany({
        where: { id, version: before.version },
        data: {
          status: input.status,
          version: { increment: 1 },
          ...started,
          ...(isFinished(input.status) ? { finishedAt: now } : {}),
        },
      });
      if (count === 0) throw new StaleVersion();
      const after = await loadChangeOutput(tx, id);
      await recordAudit(tx, actor, { action: 'change.status_changed', entityType: 'change', entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
      const event = eventFor[input.status];
      const service = await tx.changeEvent.findUniqueOrThrow({ where: { id }, select: { serviceId: true } });
      if (event) await enqueueNotifications(tx, { event, subject: { type: 'change', id, serviceId: service.serviceId }, payload: changeNotificationPayload(after) });
      return after;
    });
  } catch (e) {
    if (e instanceof StaleVersion) throw await changeVersionConflict(db, id);
    throw e;
  }
}
