// Account administration through the REST API: invite, duplicates, validation, roles,
// deactivation taking effect at once, password reset — each write audited without secrets.
import { describe, expect, it } from 'vitest';
import { GET as getMe } from '@/app/api/v1/me/route';
import { POST as resetPassword } from '@/app/api/v1/users/[id]/password/route';
import { GET as getOne, PATCH } from '@/app/api/v1/users/[id]/route';
import { GET as list, POST } from '@/app/api/v1/users/route';
import { actorFromUserId } from '@/lib/auth/resolve-actor';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';

const db = testDb();
const email = (p = 'user') => `${uniqueId(p)}@example.test`;

async function auditFor(entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: { id: 'asc' }, select: { action: true, actorLabel: true, before: true, after: true } });
}

describe('users API', () => {
  it('creates a user with a generated password shown once, and audits it without secrets', async () => {
    const admin = await createTestActor(db, 'admin');
    const address = email('Invited').toUpperCase();
    const res = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: ' Ada ', email: address, role: 'responder' } });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ name: 'Ada', email: address.toLowerCase(), role: 'responder', active: true });
    expect(res.body.generatedPassword).toMatch(/^[\w-]{16}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|argon2/);

    // The generated password works for signing in.
    const signedIn = await verifyCredentials(db, { email: address, password: res.body.generatedPassword, ip: null });
    expect(signedIn?.id).toBe(res.body.user.id);

    const audit = await auditFor(res.body.user.id);
    expect(audit).toEqual([expect.objectContaining({ action: 'user.created', actorLabel: `token:test-${admin.email}` })]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|password/i);
    expect(JSON.stringify(audit)).not.toContain(res.body.generatedPassword);
  });

  it('uses the password the admin gave, and returns no generated one', async () => {
    const admin = await createTestActor(db, 'admin');
    const address = email();
    const res = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: 'Bo', email: address, role: 'viewer', password: 'a long password' } });
    expect(res.status).toBe(201);
    expect(res.body.generatedPassword).toBeNull();
    expect(await verifyCredentials(db, { email: address, password: 'a long password', ip: null })).not.toBeNull();
  });

  it('refuses a duplicate email with 409 naming the field, whatever its case', async () => {
    const admin = await createTestActor(db, 'admin');
    const address = email('dup');
    await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: 'One', email: address, role: 'viewer' } });
    const again = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: 'Two', email: address.toUpperCase(), role: 'admin' } });
    expect(again.status).toBe(409);
    expect(again.body.error.issues).toEqual([expect.objectContaining({ path: 'email', code: 'email_taken' })]);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });

  it('refuses an invalid email with 422 and an issue on "email"', async () => {
    const admin = await createTestActor(db, 'admin');
    const res = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: 'X', email: 'not-an-email', role: 'viewer' } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['email']);
  });

  it.each(['viewer', 'responder'] as const)('answers 403 to a %s and creates nobody', async (role) => {
    const actor = await createTestActor(db, role);
    const address = email('forbidden');
    const res = await callRoute(POST, { method: 'POST', headers: actor.headers, body: { name: 'Nope', email: address, role: 'admin' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(await db.user.findUnique({ where: { email: address } })).toBeNull();
    expect((await callRoute(list, { headers: actor.headers, path: '/api/v1/users' })).status).toBe(403);
  });

  it('lists users filtered by search, role and status, page by page', async () => {
    const admin = await createTestActor(db, 'admin');
    const tag = uniqueId('zebra');
    for (const [n, role] of [['a', 'viewer'], ['b', 'responder'], ['c', 'responder']] as const) {
      await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: `Person ${n}`, email: `${tag}-${n}@example.test`, role } });
    }
    const byRole = await callRoute(list, { headers: admin.headers, path: `/api/v1/users?q=${tag}&role=responder` });
    expect(byRole.body.items.map((u: { email: string }) => u.email)).toEqual([`${tag}-b@example.test`, `${tag}-c@example.test`]);

    const first = await callRoute(list, { headers: admin.headers, path: `/api/v1/users?q=${tag.toUpperCase()}&limit=2` });
    expect(first.body.items).toHaveLength(2);
    const second = await callRoute(list, { headers: admin.headers, path: `/api/v1/users?q=${tag}&limit=2&cursor=${first.body.nextCursor}` });
    expect(second.body).toMatchObject({ items: [{ email: `${tag}-c@example.test` }], nextCursor: null });

    const target = first.body.items[0].id as string;
    await callRoute(PATCH, { method: 'PATCH', headers: admin.headers, params: { id: target }, body: { active: false } });
    const inactive = await callRoute(list, { headers: admin.headers, path: `/api/v1/users?q=${tag}&active=false` });
    expect(inactive.body.items.map((u: { id: string }) => u.id)).toEqual([target]);
  });

  it('changes role and name, auditing each with before and after', async () => {
    const admin = await createTestActor(db, 'admin');
    const target = await createTestActor(db, 'viewer');
    const res = await callRoute(PATCH, { method: 'PATCH', headers: admin.headers, params: { id: target.userId }, body: { role: 'responder', name: 'Renamed' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'responder', name: 'Renamed' });
    const audit = await auditFor(target.userId);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'user.renamed', before: { name: 'viewer' }, after: { name: 'Renamed' } }),
      expect.objectContaining({ action: 'user.role_changed', before: { role: 'viewer' }, after: { role: 'responder' } }),
    ]);
    // Saving the same values again changes nothing and writes nothing.
    await callRoute(PATCH, { method: 'PATCH', headers: admin.headers, params: { id: target.userId }, body: { role: 'responder' } });
    expect(await auditFor(target.userId)).toHaveLength(2);
  });

  it("refuses a deactivated user's session and tokens at once, and restores them on reactivation", async () => {
    const admin = await createTestActor(db, 'admin');
    const target = await createTestActor(db, 'responder');
    expect((await callRoute(getMe, { headers: target.headers })).status).toBe(200);

    const off = await callRoute(PATCH, { method: 'PATCH', headers: admin.headers, params: { id: target.userId }, body: { active: false } });
    expect(off.body.active).toBe(false);
    expect(await actorFromUserId(db, target.userId, null)).toBeNull();
    const refused = await callRoute(getMe, { headers: target.headers });
    expect(refused.status).toBe(401);
    expect(await auditFor(target.userId)).toEqual([expect.objectContaining({ action: 'user.deactivated', before: { active: true }, after: { active: false } })]);

    await callRoute(PATCH, { method: 'PATCH', headers: admin.headers, params: { id: target.userId }, body: { active: true } });
    expect(await actorFromUserId(db, target.userId, null)).toMatchObject({ kind: 'user', role: 'responder' });
    expect((await callRoute(getMe, { headers: target.headers })).status).toBe(200);
  });

  it('resets a password: the new one works, the audit keeps no trace of it', async () => {
    const admin = await createTestActor(db, 'admin');
    const address = email('reset');
    const created = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: 'R', email: address, role: 'viewer' } });
    const id = created.body.user.id as string;
    const short = await callRoute(resetPassword, { method: 'POST', headers: admin.headers, params: { id }, body: { password: 'short' } });
    expect(short.status).toBe(422);
    expect(short.body.error.issues[0].path).toBe('password');

    const res = await callRoute(resetPassword, { method: 'POST', headers: admin.headers, params: { id }, body: { password: 'brand new secret' } });
    expect(res.status).toBe(200);
    expect(await verifyCredentials(db, { email: address, password: 'brand new secret', ip: null })).not.toBeNull();
    const audit = await auditFor(id);
    expect(audit.map((a) => a.action)).toEqual(['user.created', 'user.password_reset']);
    expect(JSON.stringify(audit)).not.toMatch(/brand new secret|argon2/);
  });

  it('answers 404 for an unknown user and 422 for a malformed id', async () => {
    const admin = await createTestActor(db, 'admin');
    expect((await callRoute(getOne, { headers: admin.headers, params: { id: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
    expect((await callRoute(getOne, { headers: admin.headers, params: { id: 'nope' } })).status).toBe(422);
    const found = await callRoute(getOne, { headers: admin.headers, params: { id: admin.userId } });
    expect(found.body).toMatchObject({ id: admin.userId, email: admin.email, role: 'admin' });
  });
});
