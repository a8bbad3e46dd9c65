import 'server-only';
// An administrator sets a new password for someone who lost theirs. The audit entry says
// that it happened, never what it is (no hash either). Failed sign-ins counted against the
// account are forgotten, so the person can sign in straight away.
import type { Actor } from '../auth/actor.ts';
import { clearFailures } from '../auth/login-throttle.ts';
import { hashPassword } from '../auth/password.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors/app-error.ts';
import { toUserOutput, userSelect, type ResetUserPasswordInput, type UserOutput } from './schemas.ts';

export async function resetUserPassword(
  db: Db,
  { actor, id, input }: { actor: Actor; id: string; input: ResetUserPasswordInput },
): Promise<UserOutput> {
  requireRole(actor, 'admin');
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw notFound('User');
    const user = await tx.user.update({ where: { id }, data: { passwordHash, sessionsValidFrom: new Date() }, select: userSelect });
    await clearFailures(tx, user.email);
    await recordAudit(tx, actor, { action: 'user.password_reset', entityType: 'user', entityId: id, after: { passwordReset: true } });
    return toUserOutput(user);
  });
}
