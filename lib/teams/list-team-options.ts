import 'server-only';
// Every team's slug and name, for pickers (a service's owner, list filters). Teams number in
// the tens to hundreds, so one unpaged query is fine here.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';

export interface TeamOption {
  id: string;
  slug: string;
  name: string;
}

export async function listTeamOptions(db: DbTx, { actor }: { actor: Actor }): Promise<TeamOption[]> {
  requireRole(actor, 'viewer');
  return db.team.findMany({ select: { id: true, slug: true, name: true }, orderBy: { slug: 'asc' }, take: 1000 });
}
