import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { teamNotFound } from './get-team.ts';
import type { TeamOutput } from './schemas.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

export async function removeTeamMember(
  db: Db,
  { actor, slug, userId }: { actor: Actor; slug: string; userId: string },
): Promise<TeamOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { slug }, select: { id: true } });
    if (!team) throw teamNotFound(slug);
    const member = await tx.teamMember.findUnique({
      where: { teamId_userId: { teamId: team.id, userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) throw new AppError('not_found', `That user is not a member of team '${slug}'.`);
    await tx.teamMember.delete({ where: { teamId_userId: { teamId: team.id, userId } } });
    await recordAudit(tx, actor, {
      action: 'team.member_removed',
      entityType: 'team',
      entityId: team.id,
      before: { userId, name: member.user.name, email: member.user.email, role: member.role },
    });
    const row = await tx.team.findUniqueOrThrow({ where: { id: team.id }, select: teamSelect });
    return toTeamOutput(row);
  });
}
