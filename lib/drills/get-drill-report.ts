import 'server-only';
// A drill's report, derived (never stored, so a late link or tick still counts):
// - time to find the right known issue: from the start to the first link of the scenario's
//   known issue to the drill incident (directly, or through one of its factors);
// - time to the first correct action: from the start to the first expected action ticked;
// - what was missing: the expected actions never ticked, and the facilitator's notes;
// - the drill incident's action items, each marked as coming from a drill.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { loadDrillOutput } from './drill-output.ts';
import type { DrillReportOutput } from './schemas.ts';

const secondsBetween = (a: Date | null, b: Date | null | undefined) => (a && b ? Math.max(0, Math.round((b.getTime() - a.getTime()) / 1000)) : null);

export async function getDrillReport(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<DrillReportOutput> {
  requireRole(actor, 'viewer');
  const drill = await loadDrillOutput(db, id);
  const row = await db.drill.findUniqueOrThrow({
    where: { id },
    select: { startedAt: true, incidentId: true, checks: { select: { actionIndex: true, checkedAt: true, checkedBy: true } }, scenario: { select: { knownIssueId: true, expectedActions: true } } },
  });
  const { knownIssueId } = row.scenario;
  const [knownIssue, directLink, factorLink, actionItems] = await Promise.all([
    knownIssueId ? db.knownIssue.findUnique({ where: { id: knownIssueId }, select: { id: true, title: true } }) : null,
    knownIssueId && row.incidentId ? db.knownIssueIncident.findUnique({ where: { knownIssueId_incidentId: { knownIssueId, incidentId: row.incidentId } }, select: { linkedAt: true } }) : null,
    knownIssueId && row.incidentId
      ? db.incidentFactorKnownIssue.findFirst({ where: { knownIssueId, factor: { incidentId: row.incidentId } }, orderBy: { linkedAt: 'asc' }, select: { linkedAt: true } })
      : null,
    row.incidentId ? db.actionItem.findMany({ where: { incidentId: row.incidentId }, orderBy: { createdAt: 'asc' }, select: { id: true, title: true, status: true } }) : [],
  ]);
  const linkTimes = [directLink?.linkedAt, factorLink?.linkedAt].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime());
  const firstCheck = row.checks.map((c) => c.checkedAt).sort((a, b) => a.getTime() - b.getTime())[0];
  return {
    drill,
    knownIssue,
    timeToKnownIssue: secondsBetween(row.startedAt, linkTimes[0]),
    timeToFirstCorrectAction: secondsBetween(row.startedAt, firstCheck),
    expectedActions: row.scenario.expectedActions.map((text, index) => {
      const check = row.checks.find((c) => c.actionIndex === index);
      return { index, text, checkedAt: check?.checkedAt.toISOString() ?? null, checkedBy: check?.checkedBy ?? null };
    }),
    actionItems: actionItems.map((a) => ({ ...a, fromDrill: true as const })),
  };
}
