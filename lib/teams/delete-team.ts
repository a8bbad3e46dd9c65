import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import { teamNotFound } from './get-team.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

/**
 * Deletes a team and its memberships. Refused while it owns services, which would otherwise
 * be left without an owner nobody decided on.
 */
export async function deleteTeam(db: Db, { actor, slug }: { actor: Actor; slug: string }): Promise<void> {
  requireRole(actor, 'responder');
  await db.$transaction(async (tx) => {
    const row = await tx.team.findUnique({ where: { slug }, select: teamSelect });
    if (!row) throw teamNotFound(slug);
    // Lock the team row so that no service is given to it between this check and the delete.
    await tx.$executeRaw`SELECT 1 FROM "Team" WHERE id = ${row.id}::uuid FOR UPDATE`;
    const owned = await tx.service.findMany({ where: { ownerTeamId: row.id }, select: { slug: true }, orderBy: { slug: 'asc' } });
    if (owned.length > 0) {
      const services = owned.map((s) => s.slug);
      throw new AppError(
        'conflict',
        `Team '${slug}' still owns ${services.map((s) => `'${s}'`).join(', ')}; give those services another owner or delete them first.`,
        {
          details: { services },
          issues: [{ path: '', message: 'The team still owns services.', code: 'team_owns_services', params: { services: services.join(', ') } } as ErrorIssue],
        },
      );
    }
    await tx.team.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, { action: 'team.deleted', entityType: 'team', entityId: row.id, before: toTeamOutput(row) });
  });
}
