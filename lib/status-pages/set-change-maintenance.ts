import 'server-only';
// Marks an announced change as scheduled maintenance on the status pages ("show on status
// page"), with its window, expected impact and public texts in both languages. The change's
// service is the affected component on every page that lists it. Kept beside the change
// (its own columns) so the change-notification feature feeds the pages directly.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { ChangeMaintenanceInput, ChangeMaintenanceOutput, ComponentImpact } from './schemas.ts';

const select = {
  showOnStatusPage: true, scheduledAt: true, statusPageEndsAt: true, statusPageImpact: true,
  statusPageTitleEn: true, statusPageTitleZh: true, statusPageNoteEn: true, statusPageNoteZh: true,
} as const;

async function load(db: DbTx, id: string): Promise<ChangeMaintenanceOutput> {
  const row = await db.changeEvent.findUnique({ where: { id }, select });
  if (!row) throw new AppError('not_found', 'No such change.');
  return {
    show: row.showOnStatusPage,
    scheduledAt: row.scheduledAt.toISOString(),
    endsAt: row.statusPageEndsAt?.toISOString() ?? null,
    impact: row.statusPageImpact as ComponentImpact,
    title: { en: row.statusPageTitleEn, zhCN: row.statusPageTitleZh },
    note: { en: row.statusPageNoteEn, zhCN: row.statusPageNoteZh },
  };
}

export async function getChangeMaintenance(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<ChangeMaintenanceOutput> {
  requireRole(actor, 'viewer');
  return load(db, id);
}

export async function setChangeMaintenance(db: Db, { actor, id, input }: { actor: Actor; id: string; input: ChangeMaintenanceInput }): Promise<ChangeMaintenanceOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const before = await load(tx, id);
    const endsAt = input.endsAt === undefined ? undefined : input.endsAt === null ? null : new Date(input.endsAt);
    if (endsAt && endsAt.getTime() <= new Date(before.scheduledAt).getTime()) {
      throw new AppError('invalid', 'Some fields are not valid: endsAt.', { issues: [{ path: 'endsAt', message: 'The window must end after the change is scheduled to start.' }] });
    }
    await tx.changeEvent.update({
      where: { id },
      data: {
        showOnStatusPage: input.show,
        ...(endsAt !== undefined ? { statusPageEndsAt: endsAt } : {}),
        ...(input.impact ? { statusPageImpact: input.impact } : {}),
        ...(input.title ? { statusPageTitleEn: input.title.en ?? '', statusPageTitleZh: input.title.zhCN ?? '' } : {}),
        ...(input.note ? { statusPageNoteEn: input.note.en ?? '', statusPageNoteZh: input.note.zhCN ?? '' } : {}),
      },
    });
    const after = await load(tx, id);
    await recordAudit(tx, actor, { action: 'change.status_page_changed', entityType: 'change', entityId: id, before, after });
    return after;
  });
}
