import 'server-only';
// Active people who can be picked: for a team's "add member" picker (those not yet in the
// team) or an incident's role picker (everyone, no team given). Only those who may edit get
// the list, since it shows colleagues' email addresses. `canWrite` keeps only responders and
// administrators (a postmortem's reviewers: a viewer cannot review).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';

export interface MemberCandidate {
  id: string;
  name: string;
  email: string;
}

export async function listMemberCandidates(db: DbTx, { actor, teamId, canWrite = false }: { actor: Actor; teamId?: string; canWrite?: boolean }): Promise<MemberCandidate[]> {
  requireRole(actor, 'responder');
  return db.user.findMany({
    where: { active: true, ...(teamId ? { memberships: { none: { teamId } } } : {}), ...(canWrite ? { role: { in: ['responder', 'admin'] } } : {}) },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    take: 2000,
  });
}
