import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { pageTake } from '../kernel/keyset-cursor.ts';
import { decodeSlugCursor, pageOf } from '../services/slug-cursor.ts';
import type { ListTeamsQuery, TeamListOutput } from './schemas.ts';
import { teamSelect, toTeamOutput } from './team-output.ts';

export async function listTeams(db: DbTx, { actor, input }: { actor: Actor; input: Partial<ListTeamsQuery> }): Promise<TeamListOutput> {
  requireRole(actor, 'viewer');
  const limit = input.limit ?? 50;
  const after = decodeSlugCursor(input.cursor);
  const rows = await db.team.findMany({
    where: after ? { slug: { gt: after } } : {},
    select: teamSelect,
    orderBy: { slug: 'asc' },
    take: pageTake(limit),
  });
  const page = pageOf(rows, limit);
  return { items: page.items.map(toTeamOutput), nextCursor: page.nextCursor };
}
