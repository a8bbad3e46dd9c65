import 'server-only';
// Who may start, finish, cancel or edit a change: the team that announced it, that is the
// owner team of the changed service, and administrators. Also the person who announced it
// (they may not be on the owner team, e.g. a platform engineer announcing for it) and API
// tokens with the responder role (the CI pipelines that announce and move changes have no
// team). A change on a service without an owner team is managed by any responder. A
// responder of another team reads the change and acknowledges it for their team, nothing more.
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';

export interface ChangeManagers {
  ownerTeam: { id: string; name: string } | null;
  announcedById: string | null;
}

export async function findChangeManagers(db: DbTx, id: string): Promise<ChangeManagers> {
  const row = await db.changeEvent.findUnique({
    where: { id },
    select: { announcedById: true, service: { select: { ownerTeam: { select: { id: true, name: true } } } } },
  });
  if (!row) throw new AppError('not_found', 'Change not found.');
  return { ownerTeam: row.service.ownerTeam, announcedById: row.announcedById };
}

export async function canManageChange(db: DbTx, actor: Actor, managers: ChangeManagers): Promise<boolean> {
  if (!hasRole(actor, 'responder')) return false;
  if (hasRole(actor, 'admin') || actor.kind !== 'user') return true;
  if (!managers.ownerTeam) return true;
  if (actor.userId && actor.userId === managers.announcedById) return true;
  if (!actor.userId) return false;
  const member = await db.teamMember.findUnique({
    where: { teamId_userId: { teamId: managers.ownerTeam.id, userId: actor.userId } },
    select: { userId: true },
  });
  return member !== null;
}

/** Throws `forbidden` naming the team that may, unless the actor may manage the change. */
export async function requireChangeManager(db: DbTx, actor: Actor, id: string): Promise<void> {
  const managers = await findChangeManagers(db, id);
  if (await canManageChange(db, actor, managers)) return;
  throw new AppError('forbidden', `Only members of ${managers.ownerTeam?.name ?? 'the owner team'} (the team that announced this change) or an administrator can start, finish, cancel or edit it. You can acknowledge it for your team.`);
}

/** For pages: whether to offer Start / Cancel / Edit. */
export async function findCanManageChange(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<boolean> {
  return canManageChange(db, actor, await findChangeManagers(db, id));
}
