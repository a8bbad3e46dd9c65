import 'server-only';
// Marking a change "expect alerts during the window" (responders): while it runs and for the
// grace period after it finished, alerts of its service and of services depending on it are
// recorded and flagged "during change", and declare nothing (correlate-change.ts).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors/app-error.ts';
import type { ChangeExpectationInput } from './schemas.ts';

export interface ChangeExpectationOutput {
  changeId: string;
  expectAlerts: boolean;
  graceMinutes: number | null;
}

export async function setChangeExpectation(db: Db, { actor, changeId, input }: { actor: Actor; changeId: string; input: ChangeExpectationInput | null }): Promise<ChangeExpectationOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    if (!(await tx.changeEvent.findUnique({ where: { id: changeId }, select: { id: true } }))) throw notFound('Change');
    if (input) {
      await tx.alertChangeExpectation.upsert({ where: { changeId }, create: { changeId, graceMinutes: input.graceMinutes }, update: { graceMinutes: input.graceMinutes } });
    } else {
      await tx.alertChangeExpectation.deleteMany({ where: { changeId } });
    }
    await recordAudit(tx, actor, { action: input ? 'change.alerts_expected' : 'change.alerts_not_expected', entityType: 'change', entityId: changeId, after: input ?? undefined });
    return { changeId, expectAlerts: input !== null, graceMinutes: input?.graceMinutes ?? null };
  });
}

export async function getChangeExpectation(db: Db, { actor, changeId }: { actor: Actor; changeId: string }): Promise<ChangeExpectationOutput> {
  requireRole(actor, 'viewer');
  const row = await db.alertChangeExpectation.findUnique({ where: { changeId }, select: { graceMinutes: true } });
  return { changeId, expectAlerts: row !== null, graceMinutes: row?.graceMinutes ?? null };
}
