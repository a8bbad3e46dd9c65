import 'server-only';
// Anyone signed in changes their own password, proving they know the current one. Wrong
// guesses count towards the same throttle as sign-in, so an unattended session cannot be
// used to guess the password either.
import type { Actor } from '../auth/actor.ts';
import { clearFailures, recordFailure, secondsUntilAllowed, throttleKeys } from '../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import type { ChangeMyPasswordInput } from './schemas.ts';
import { requireOwnAccount } from './update-my-account.ts';

export async function changeMyPassword(db: Db, { actor, input }: { actor: Actor; input: ChangeMyPasswordInput }): Promise<void> {
  const id = requireOwnAccount(actor);
  const user = await db.user.findUnique({ where: { id }, select: { email: true, passwordHash: true } });
  if (!user) throw notFound('User');
  if (!user.passwordHash) {
    throw new AppError('conflict', 'This account signs in through single sign-on and has no password to change.');
  }
  const keys = throttleKeys(user.email, null);
  const wait = await secondsUntilAllowed(db, keys);
  if (wait > 0) {
    throw new AppError('rate_limited', `Too many wrong passwords. Try again in ${wait} s.`, { retryAfter: wait });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(db, keys);
    throw new AppError('invalid', 'The current password is not right.', {
      issues: [{ path: 'currentPassword', message: 'The current password is not right.', code: 'wrong_password' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Ends every session that signed in with the old password, this one included: the
    // account page signs in again with the new password at once (change-password-form.tsx).
    await tx.user.update({ where: { id }, data: { passwordHash, sessionsValidFrom: new Date() } });
    await clearFailures(tx, user.email);
    await recordAudit(tx, actor, { action: 'user.password_changed', entityType: 'user', entityId: id, after: { passwordChanged: true } });
  });
}

/** Whether the account has a password of its own (single sign-on accounts do not). */
export async function hasOwnPassword(db: Pick<Db, 'user'>, { actor }: { actor: Actor }): Promise<boolean> {
  const id = requireOwnAccount(actor);
  const user = await db.user.findUnique({ where: { id }, select: { passwordHash: true } });
  return !!user?.passwordHash;
}
