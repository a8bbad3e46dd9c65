import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import type { CreateTeamInput, TeamOutput } from './schemas.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

export function teamSlugTaken(slug: string): AppError {
  return new AppError('conflict', `A team with slug '${slug}' already exists.`, {
    issues: [{ path: 'slug', message: `A team with slug '${slug}' already exists.`, code: 'slug_taken', params: { slug } } as ErrorIssue],
  });
}

export async function createTeam(db: Db, { actor, input }: { actor: Actor; input: CreateTeamInput }): Promise<TeamOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    if (await tx.team.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw teamSlugTaken(input.slug);
    const row = await tx.team.create({
      data: { slug: input.slug, name: input.name, description: input.description },
      select: teamSelect,
    });
    const team = toTeamOutput(row);
    await recordAudit(tx, actor, { action: 'team.created', entityType: 'team', entityId: team.id, after: team });
    return team;
  });
}
