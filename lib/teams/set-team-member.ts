import 'server-only';
// Adds a person to a team, or changes their role in it (PUT semantics: the same call twice
// leaves one membership).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { teamNotFound } from './get-team.ts';
import type { SetTeamMemberInput, TeamOutput } from './schemas.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

export async function setTeamMember(
  db: Db,
  { actor, slug, userId, input }: { actor: Actor; slug: string; userId: string; input: SetTeamMemberInput },
): Promise<TeamOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { slug }, select: { id: true } });
    if (!team) throw teamNotFound(slug);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, active: true } });
    if (!user) throw new AppError('not_found', 'User not found.');
    const existing = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: team.id, userId } }, select: { role: true } });
    if (!existing && !user.active) {
      throw new AppError('invalid', 'This user is deactivated and cannot join a team.', {
        issues: [{ path: 'userId', message: 'This user is deactivated.', code: 'user_inactive' }],
      });
    }
    await tx.teamMember.upsert({
      where: { teamId_userId: { teamId: team.id, userId } },
      create: { teamId: team.id, userId, role: input.role },
      update: { role: input.role },
    });
    const member = { userId, name: user.name, email: user.email };
    await recordAudit(tx, actor, {
      action: existing ? 'team.member_updated' : 'team.member_added',
      entityType: 'team',
      entityId: team.id,
      before: existing ? { ...member, role: existing.role } : undefined,
      after: { ...member, role: input.role },
    });
    const row = await tx.team.findUniqueOrThrow({ where: { id: team.id }, select: teamSelect });
    return toTeamOutput(row);
  });
}
