// The local account behind a single sign-on: made on the first sign-in with OIDC_DEFAULT_ROLE
// and an audit entry, found again (whatever the case of the provider's email) on the next
// ones, and refused while an administrator has it deactivated.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findOrCreateSsoUser } from '@/lib/auth/find-or-create-sso-user';
import { resetEnvCache } from '@/lib/config/env';
import { testDb, uniqueId } from '../../support/db';

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe('findOrCreateSsoUser', () => {
  it('creates a viewer with an audit entry, then finds the same account again', async () => {
    const email = `${uniqueId('sso')}@sso.example.test`;
    const first = await findOrCreateSsoUser(testDb(), { email: email.toUpperCase(), name: 'Li Lei' });
    expect(first).not.toBeNull();
    const row = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ id: first?.id, name: 'Li Lei', role: 'viewer', active: true, passwordHash: null });
    expect(row.lastLoginAt).not.toBeNull();
    const audit = await testDb().auditLog.findMany({ where: { entityId: row.id, action: 'user.sso_created' } });
    expect(audit).toHaveLength(1);

    const again = await findOrCreateSsoUser(testDb(), { email: ` ${email} `, name: 'Another Name' });
    expect(again?.id).toBe(first?.id);
    expect(await testDb().user.count({ where: { email } })).toBe(1);
    expect(await testDb().auditLog.count({ where: { entityId: row.id, action: 'user.sso_created' } })).toBe(1);
  });

  it('gives new accounts OIDC_DEFAULT_ROLE', async () => {
    vi.stubEnv('OIDC_DEFAULT_ROLE', 'responder');
    resetEnvCache(); // settings are parsed once (lib/config/env.ts)
    const email = `${uniqueId('sso-role')}@sso.example.test`;
    await findOrCreateSsoUser(testDb(), { email, name: 'Han Meimei' });
    expect((await testDb().user.findUniqueOrThrow({ where: { email } })).role).toBe('responder');
  });

  it('refuses a deactivated account and does not make a second one', async () => {
    const email = `${uniqueId('sso-off')}@sso.example.test`;
    await testDb().user.create({ data: { email, name: 'Gone', role: 'viewer', active: false } });
    expect(await findOrCreateSsoUser(testDb(), { email, name: 'Gone' })).toBeNull();
    expect(await testDb().user.count({ where: { email } })).toBe(1);
  });
});
