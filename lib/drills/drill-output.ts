// The select and mapper of a drill. The known issue's workaround is part of the output only
// once revealed, so neither the page nor the API can show it early.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { formatReference } from '../incidents/reference.ts';
import type { DrillOutput } from './schemas.ts';

export const drillSelect = {
  id: true, status: true, scheduledAt: true, startedAt: true, finishedAt: true, workaroundRevealedAt: true, missing: true,
  scenario: { select: { id: true, title: true, knownIssueId: true } },
  incident: { select: { id: true, number: true } },
  teams: { select: { team: { select: { slug: true, name: true } } }, orderBy: { team: { name: 'asc' } } },
} as const;

type Row = {
  id: string; status: DrillOutput['status']; scheduledAt: Date; startedAt: Date | null; finishedAt: Date | null; workaroundRevealedAt: Date | null; missing: string;
  scenario: { id: string; title: string; knownIssueId: string | null };
  incident: { id: string; number: number } | null;
  teams: { team: { slug: string; name: string } }[];
};

export function toDrillOutput(row: Row, workaround: string | null): DrillOutput {
  return {
    id: row.id,
    scenario: { id: row.scenario.id, title: row.scenario.title },
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    incident: row.incident ? { id: row.incident.id, reference: formatReference(row.incident.number) } : null,
    teams: row.teams.map((t) => t.team),
    workaround: row.workaroundRevealedAt ? workaround : null,
    workaroundRevealedAt: row.workaroundRevealedAt?.toISOString() ?? null,
    missing: row.missing,
  };
}

export async function loadDrillOutput(db: DbTx, id: string): Promise<DrillOutput> {
  const row = await db.drill.findUnique({ where: { id }, select: drillSelect });
  if (!row) throw new AppError('not_found', 'Drill not found.');
  const workaround = row.workaroundRevealedAt && row.scenario.knownIssueId
    ? (await db.knownIssue.findUnique({ where: { id: row.scenario.knownIssueId }, select: { workaround: true } }))?.workaround ?? null
    : null;
  return toDrillOutput(row, workaround);
}
