import 'server-only';
// What the facilitator does during a running drill: reveal the known issue's workaround (once;
// a timeline entry says so), tick an expected action as done (its first tick is the time of
// the action), and finish with what was missing. Each with its audit record, in one transaction.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { loadDrillOutput } from './drill-output.ts';
import type { DrillOutput, FinishDrillInput } from './schemas.ts';

async function lockRunning(tx: DbTx, id: string) {
  const rows = await tx.$queryRaw<{ status: string; incidentId: string | null; scenarioId: string }[]>`
    SELECT status::text, "incidentId", "scenarioId" FROM "Drill" WHERE id = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError('not_found', 'Drill not found.');
  if (row.status !== 'running') throw new AppError('conflict', `This drill is ${row.status}: start it first.`);
  return row;
}

export async function revealWorkaround(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<DrillOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const row = await lockRunning(tx, id);
    const updated = await tx.drill.updateMany({ where: { id, workaroundRevealedAt: null }, data: { workaroundRevealedAt: new Date(), version: { increment: 1 } } });
    if (updated.count && row.incidentId) {
      const body = actor.locale?.startsWith('zh') ? '演练组织者公布了已知问题的临时解决方法。' : "The facilitator revealed the known issue's workaround.";
      await insertEntry(tx, actor, { incident: { id: row.incidentId }, kind: 'note', body, idempotencyKey: `drill:${id}:revealed` });
      await recordAudit(tx, actor, { action: 'drill.workaround_revealed', entityType: 'drill', entityId: id });
    }
    return loadDrillOutput(tx, id);
  });
}

export async function checkExpectedAction(db: Db, { actor, id, index }: { actor: Actor; id: string; index: number }): Promise<DrillOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const row = await lockRunning(tx, id);
    const scenario = await tx.drillScenario.findUniqueOrThrow({ where: { id: row.scenarioId }, select: { expectedActions: true } });
    if (index >= scenario.expectedActions.length) {
      throw new AppError('invalid', 'Some fields are not valid: index.', { issues: [{ path: 'index', message: `The scenario has ${scenario.expectedActions.length} expected actions.`, code: 'out_of_range' }] });
    }
    const created = await tx.drillActionCheck.createMany({ data: [{ drillId: id, actionIndex: index, checkedBy: actor.label }], skipDuplicates: true });
    if (created.count) await recordAudit(tx, actor, { action: 'drill.action_checked', entityType: 'drill', entityId: id, after: { index } });
    return loadDrillOutput(tx, id);
  });
}

export async function finishDrill(db: Db, { actor, id, input }: { actor: Actor; id: string; input: FinishDrillInput }): Promise<DrillOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    await lockRunning(tx, id);
    await tx.drill.update({ where: { id }, data: { status: 'finished', finishedAt: new Date(), missing: input.missing, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: 'drill.finished', entityType: 'drill', entityId: id, after: { missing: input.missing } });
    return loadDrillOutput(tx, id);
  });
}
