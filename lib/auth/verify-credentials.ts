import 'server-only';
// Email + password sign-in. The answer never reveals whether the email exists: unknown
// emails, deactivated accounts and wrong passwords all fail the same way, in the same time.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { clearFailures, recordFailure, secondsUntilAllowed, throttleKeys } from './login-throttle.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
}

export async function verifyCredentials(
  db: DbTx,
  input: { email: string; password: string; ip: string | null },
): Promise<VerifiedUser | null> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  const wait = await secondsUntilAllowed(db, keys);
  if (wait > 0) {
    throw new AppError('rate_limited', `Too many failed sign-ins. Try again in ${wait} s.`, { retryAfter: wait });
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.active || !user.passwordHash || !ok) {
    await recordFailure(db, keys);
    return null;
  }
  await clearFailures(db, email);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name };
}
