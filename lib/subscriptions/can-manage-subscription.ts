// Who may unsubscribe, or send a test message through, a subscription: the person it belongs
// to; for a team's, any responder; an administrator, any. The one rule behind the delete and
// test-message use cases and behind the `canManage` flag of the list, so the page never offers
// a button the server would refuse.
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';

export function canManageSubscription(actor: Actor, sub: { userId: string | null; teamId: string | null }): boolean {
  if (hasRole(actor, 'admin')) return true;
  if (sub.teamId !== null) return hasRole(actor, 'responder');
  return !!sub.userId && sub.userId === actor.userId;
}
