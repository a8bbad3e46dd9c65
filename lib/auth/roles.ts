// Who may do what. Roles are ordered: viewer (reads) < responder (works incidents, writes the
// knowledge base, maintains the catalogue) < admin (users, teams, tokens, settings).
import { AppError } from '../errors/app-error.ts';
import type { Actor } from './actor.ts';

export const roles = ['viewer', 'responder', 'admin'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 1, responder: 2, admin: 3 };

export function hasRole(actor: Pick<Actor, 'role'> | null | undefined, required: Role): boolean {
  return !!actor && rank[actor.role] >= rank[required];
}

/** Throws `forbidden` unless the actor holds at least the required role. */
export function requireRole(actor: Actor, required: Role): void {
  if (!hasRole(actor, required)) {
    throw new AppError('forbidden', `This needs the ${required} role; you are ${actor.role}.`);
  }
}
