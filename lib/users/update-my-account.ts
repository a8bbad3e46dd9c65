import 'server-only';
// The "my account" page: anyone signed in changes their own display name and language.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { toUserOutput, userSelect, type UpdateMyAccountInput, type UserOutput } from './schemas.ts';

/** The account behind the actor; API tokens and the system have none. */
export function requireOwnAccount(actor: Actor): string {
  requireRole(actor, 'viewer');
  if (actor.kind !== 'user' || !actor.userId) {
    throw new AppError('bad_request', 'Only a signed-in person has an account to change; API tokens do not.');
  }
  return actor.userId;
}

export async function updateMyAccount(db: Db, { actor, input }: { actor: Actor; input: UpdateMyAccountInput }): Promise<UserOutput> {
  const id = requireOwnAccount(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw notFound('User');
    const user = await tx.user.update({ where: { id }, data: { name: input.name, locale: input.locale }, select: userSelect });
    // The language is a preference, not worth an audit entry; the name others see is.
    if (before.name !== user.name) {
      await recordAudit(tx, actor, { action: 'user.renamed', entityType: 'user', entityId: id, before: { name: before.name }, after: { name: user.name } });
    }
    return toUserOutput(user);
  });
}
