import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { teamSlugTaken } from './create-team.ts';
import { teamNotFound } from './get-team.ts';
import type { TeamOutput, UpdateTeamInput } from './schemas.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

export async function updateTeam(db: Db, { actor, slug, input }: { actor: Actor; slug: string; input: UpdateTeamInput }): Promise<TeamOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const current = await tx.team.findUnique({ where: { slug }, select: teamSelect });
    if (!current) throw teamNotFound(slug);
    if (input.slug && input.slug !== slug && (await tx.team.findUnique({ where: { slug: input.slug }, select: { id: true } }))) {
      throw teamSlugTaken(input.slug);
    }
    const row = await tx.team.update({
      where: { id: current.id },
      data: {
        ...(input.slug !== undefined ? { slug: input.slug } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
      },
      select: teamSelect,
    });
    const before = toTeamOutput(current);
    const after = toTeamOutput(row);
    await recordAudit(tx, actor, { action: 'team.updated', entityType: 'team', entityId: after.id, before, after });
    return after;
  });
}
