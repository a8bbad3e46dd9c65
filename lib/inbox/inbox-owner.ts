// The inbox belongs to a person: messages sent to them, and those sent to the teams they
// belong to. An API token has no person, so it has no inbox.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { AppError } from '../errors/app-error.ts';

export function inboxOwner(actor: Actor): string {
  requireRole(actor, 'viewer');
  if (!actor.userId) throw new AppError('forbidden', 'The inbox belongs to a person; sign in (an API token has no inbox).');
  return actor.userId;
}
