// Sign-in through the same function next-auth's Credentials provider calls: the right
// password works, a wrong one and an unknown email fail alike, and repeated failures lock
// the email out for a growing time without revealing whether it exists.
import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { isAppError } from '@/lib/errors/app-error';
import { testDb, uniqueId } from '../../support/db';

async function makeUser(active = true) {
  const email = `${uniqueId('signin')}@example.test`;
  await testDb().user.create({ data: { email, name: 'Sign In', role: 'viewer', active, passwordHash: await hashPassword('correct horse battery') } });
  return email;
}

async function attempt(email: string, password: string) {
  try {
    const user = await verifyCredentials(testDb(), { email, password, ip: null });
    return user ? 'ok' : 'failed';
  } catch (e) {
    if (isAppError(e) && e.code === 'rate_limited') return 'rate_limited';
    throw e;
  }
}

describe('sign-in', () => {
  it('accepts the right password, case-insensitively on the email, and records the time', async () => {
    const email = await makeUser();
    expect(await attempt(email.toUpperCase(), 'correct horse battery')).toBe('ok');
    const row = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(row.lastLoginAt).not.toBeNull();
  });

  it('fails a wrong password, an unknown email and a deactivated account the same way', async () => {
    const email = await makeUser();
    const inactive = await makeUser(false);
    expect(await attempt(email, 'wrong password!')).toBe('failed');
    expect(await attempt(`${uniqueId('nobody')}@example.test`, 'whatever password')).toBe('failed');
    expect(await attempt(inactive, 'correct horse battery')).toBe('failed');
  });

  it('locks an email out after repeated failures, even for the right password, and for unknown emails too', async () => {
    const email = await makeUser();
    const unknown = `${uniqueId('ghost')}@example.test`;
    for (let i = 0; i < 5; i++) {
      expect(await attempt(email, `wrong ${i}`)).toBe('failed');
      expect(await attempt(unknown, `wrong ${i}`)).toBe('failed');
    }
    expect(await attempt(email, 'correct horse battery')).toBe('rate_limited');
    expect(await attempt(unknown, 'anything at all')).toBe('rate_limited');
    const lock = await testDb().loginThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } });
    expect(lock.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('a success clears earlier failures', async () => {
    const email = await makeUser();
    for (let i = 0; i < 3; i++) await attempt(email, `wrong ${i}`);
    expect(await attempt(email, 'correct horse battery')).toBe('ok');
    expect(await testDb().loginThrottle.findUnique({ where: { key: `email:${email}` } })).toBeNull();
  });
});
