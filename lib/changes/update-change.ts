import 'server-only';
// Editing a change (PATCH). Optimistic concurrency like incidents: the write is
// `UPDATE … WHERE id AND version`, a stale version answers 409 with the current change in
// error.current. Only a scheduled change may be rescheduled; its short-notice mark follows the
// new time (measured from the original announcement). An edit that changes nothing bumps no
// version and writes no audit record.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { requireChangeManager } from './can-manage-change.ts';
import { auditSnapshot, loadChangeOutput } from './change-output.ts';
import type { ChangeOutput, UpdateChangeInput } from './schemas.ts';
import { isShortNotice } from './short-notice.ts';

export async function changeVersionConflict(db: DbTx, id: string): Promise<AppError> {
  const current = await loadChangeOutput(db, id);
  return new AppError('conflict', `Someone else changed this change meanwhile (it is now at version ${current.version}). Review it, then apply your edit again.`, {
    details: { current },
  });
}

class StaleVersion extends Error {}

const textFields = ['kind', 'title', 'description', 'risk', 'expectedImpact', 'rollbackPlan', 'externalRef'] as const;

export async function updateChange(db: Db, { actor, id, input }: { actor: Actor; id: string; input: UpdateChangeInput }): Promise<ChangeOutput> {
  requireRole(actor, 'responder');
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadChangeOutput(tx, id);
      await requireChangeManager(tx, actor, id);
      if (before.version !== input.version) throw new StaleVersion();
      const data: Record<string, unknown> = {};
      for (const f of textFields) if (input[f] !== undefined && input[f] !== before[f]) data[f] = input[f];
      if (input.scheduledAt !== undefined) {
        const scheduledAt = new Date(input.scheduledAt);
        if (scheduledAt.getTime() !== new Date(before.scheduledAt).getTime()) {
          if (before.status !== 'scheduled') {
            throw new AppError('invalid', `The change is already ${before.status.replace('_', ' ')}: its scheduled time can no longer move.`, {
              issues: [{ path: 'scheduledAt', message: 'Only a scheduled change can be rescheduled.' }],
            });
          }
          data.scheduledAt = scheduledAt;
          data.shortNotice = isShortNotice({ announcedAt: new Date(before.announcedAt), scheduledAt, noticePeriodHours: before.noticePeriodHours });
        }
      }
      if (Object.keys(data).length === 0) return before;
      const { count } = await tx.changeEvent.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new StaleVersion();
      const after = await loadChangeOutput(tx, id);
      await recordAudit(tx, actor, { action: 'change.updated', entityType: 'change', entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
      return after;
    });
  } catch (e) {
    if (e instanceof StaleVersion) throw await changeVersionConflict(db, id);
    throw e;
  }
}
