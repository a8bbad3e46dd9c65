import 'server-only';
// Scheduling a drill of a scenario: the drill, its invited teams and one inbox message per
// team (drill_scheduled, marked as a drill) in one transaction; with startNow it also starts.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import { enqueueDirectNotifications } from '../notifications/enqueue-direct.ts';
import { loadDrillOutput } from './drill-output.ts';
import type { DrillOutput, ScheduleDrillInput } from './schemas.ts';
import { startDrillInTx } from './start-drill.ts';

export async function scheduleDrill(db: Db, { actor, input, now = new Date() }: { actor: Actor; input: ScheduleDrillInput; now?: Date }): Promise<DrillOutput> {
  requireRole(actor, 'responder');
  const [scenario, teams] = await Promise.all([
    db.drillScenario.findUnique({ where: { id: input.scenario }, select: { id: true, title: true } }),
    db.team.findMany({ where: { slug: { in: input.teams } }, select: { id: true, slug: true } }),
  ]);
  const issues: ErrorIssue[] = [];
  if (!scenario) issues.push({ path: 'scenario', message: 'There is no such scenario.', code: 'unknown_scenario' });
  const unknown = input.teams.filter((s) => !teams.some((t) => t.slug === s));
  if (unknown.length) issues.push({ path: 'teams', message: `No team ${unknown.map((s) => `"${s}"`).join(', ')}.`, code: 'unknown_team' });
  if (issues.length || !scenario) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });

  const scheduledAt = input.scheduledAt ? new Date(input.scheduledAt) : now;
  return db.$transaction(async (tx) => {
    const drill = await tx.drill.create({
      data: { scenarioId: scenario.id, scheduledAt, createdByLabel: actor.label, teams: { create: teams.map((t) => ({ teamId: t.id })) } },
      select: { id: true },
    });
    await enqueueDirectNotifications(tx, {
      event: 'drill_scheduled',
      subject: { type: 'drill', id: drill.id },
      recipients: teams.map((t) => ({ teamId: t.id, channelType: 'inbox' as const })),
      payload: { title: scenario.title, scheduledAt: scheduledAt.toISOString(), drill: true, path: `/drills/${drill.id}` },
    });
    await recordAudit(tx, actor, { action: 'drill.scheduled', entityType: 'drill', entityId: drill.id, after: { scenario: scenario.id, scheduledAt: scheduledAt.toISOString(), teams: teams.map((t) => t.slug) } });
    return input.startNow ? startDrillInTx(tx, { actor, id: drill.id, now }) : loadDrillOutput(tx, drill.id);
  });
}

export async function startDrill(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<DrillOutput> {
  requireRole(actor, 'responder');
  return db.$transaction((tx) => startDrillInTx(tx, { actor, id }));
}
