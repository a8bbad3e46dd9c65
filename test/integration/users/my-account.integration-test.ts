// The "my account" page's use cases: anyone changes their own name, language and password.
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors/app-error';
import { actorFromUserId } from '@/lib/auth/resolve-actor';
import { changeMyPassword } from '@/lib/users/change-my-password';
import { updateMyAccount } from '@/lib/users/update-my-account';
import { createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';

const db = testDb();

async function viewerWithPassword(password: string) {
  const t = await createTestActor(db, 'viewer');
  await db.user.update({ where: { id: t.userId }, data: { passwordHash: await hashPassword(password) } });
  return t;
}

describe('my account', () => {
  it('changes my name (audited) and language', async () => {
    const { actor, userId } = await createTestActor(db, 'viewer');
    const res = await updateMyAccount(db, { actor, input: { name: 'Wang Fang', locale: 'zh-CN' } });
    expect(res).toMatchObject({ id: userId, name: 'Wang Fang', locale: 'zh-CN' });
    const audit = await db.auditLog.findMany({ where: { entityId: userId }, select: { action: true, before: true, after: true } });
    expect(audit).toEqual([{ action: 'user.renamed', before: { name: 'viewer' }, after: { name: 'Wang Fang' } }]);
  });

  it('changes my password only with the current one', async () => {
    const { actor, userId } = await viewerWithPassword('the old password');
    const wrong = await changeMyPassword(db, { actor, input: { currentPassword: 'a wrong guess', newPassword: 'the new password' } }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).code).toBe('invalid');
    expect((wrong as AppError).issues?.[0]).toMatchObject({ path: 'currentPassword', code: 'wrong_password' });

    await changeMyPassword(db, { actor, input: { currentPassword: 'the old password', newPassword: 'the new password' } });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(await verifyPassword(passwordHash ?? '', 'the new password')).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityId: userId }, select: { action: true, before: true, after: true } });
    expect(audit.map((a) => a.action)).toEqual(['user.password_changed']);
    expect(JSON.stringify(audit)).not.toMatch(/new password|argon2/);
  });

  it('ends the sessions that signed in with the old password, and only those', async () => {
    const { actor, userId } = await viewerWithPassword('the old password');
    const signedInBefore = Date.now() - 1000;
    expect(await actorFromUserId(db, userId, null, signedInBefore)).toMatchObject({ userId });
    // A session from before the claim existed counts as signed in before any change.
    expect(await actorFromUserId(db, userId, null, 0)).toMatchObject({ userId });

    await changeMyPassword(db, { actor, input: { currentPassword: 'the old password', newPassword: 'the new password' } });
    expect(await actorFromUserId(db, userId, null, signedInBefore)).toBeNull();
    expect(await actorFromUserId(db, userId, null, 0)).toBeNull();
    // Signing in again (as the account page does at once) gives a session that works.
    expect(await actorFromUserId(db, userId, null, Date.now() + 1)).toMatchObject({ userId });
  });

  it('has nothing to change for an API token', async () => {
    const token: Actor = { kind: 'token', userId: null, tokenId: 'x', role: 'admin', label: 'token:ci', locale: null, requestId: null };
    await expect(updateMyAccount(db, { actor: token, input: { name: 'CI', locale: 'en' } })).rejects.toMatchObject({ code: 'bad_request' });
  });
});
