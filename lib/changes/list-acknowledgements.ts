import 'server-only';
// The teams asked to acknowledge a change, acknowledged ones first (latest first), then the
// ones still to do it (by name).
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { acknowledgementSelect, toAcknowledgementOutput } from './acknowledgement-output.ts';
import type { AcknowledgementListOutput } from './acknowledgement-schemas.ts';

export async function listAcknowledgements(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<AcknowledgementListOutput> {
  requireRole(actor, 'viewer');
  const change = await db.changeEvent.findUnique({ where: { id }, select: { id: true } });
  if (!change) throw new AppError('not_found', 'Change not found.');
  const rows = await db.changeAcknowledgement.findMany({ where: { changeId: id }, select: { ...acknowledgementSelect, teamId: true } });
  const items = rows.map(toAcknowledgementOutput).sort((a, b) =>
    a.acknowledged !== b.acknowledged ? (a.acknowledged ? -1 : 1)
      : a.acknowledgedAt && b.acknowledgedAt ? b.acknowledgedAt.localeCompare(a.acknowledgedAt)
        : a.team.name.localeCompare(b.team.name));
  const acknowledged = items.filter((i) => i.acknowledged).length;
  return { items, acknowledged, pending: items.length - acknowledged, youCanAcknowledge: await acknowledgeableTeams(db, actor, rows) };
}

async function acknowledgeableTeams(db: DbTx, actor: Actor, rows: { teamId: string; acknowledgedAt: Date | null; team: { slug: string } }[]): Promise<string[]> {
  const pending = rows.filter((r) => !r.acknowledgedAt);
  if (pending.length === 0 || !hasRole(actor, 'responder')) return [];
  if (hasRole(actor, 'admin')) return pending.map((r) => r.team.slug);
  if (!actor.userId) return [];
  const mine = await db.teamMember.findMany({ where: { userId: actor.userId, teamId: { in: pending.map((r) => r.teamId) } }, select: { teamId: true } });
  const ids = new Set(mine.map((m) => m.teamId));
  return pending.filter((r) => ids.has(r.teamId)).map((r) => r.team.slug);
}
