import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { TeamOutput } from './schemas.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

export function teamNotFound(slug: string): AppError {
  return new AppError('not_found', `Team '${slug}' not found.`);
}

/** One team by slug, or `not_found`. Every signed-in role may read the catalogue. */
export async function getTeam(db: DbTx, { actor, slug }: { actor: Actor; slug: string }): Promise<TeamOutput> {
  requireRole(actor, 'viewer');
  const row = await db.team.findUnique({ where: { slug }, select: teamSelect });
  if (!row) throw teamNotFound(slug);
  return toTeamOutput(row);
}
