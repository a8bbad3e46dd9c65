// API tokens through the REST API: the secret appears once, lists never show it nor its hash,
// a revoked, expired or suspended token is refused, and use is recorded.
import { describe, expect, it } from 'vitest';
import { GET as getMe } from '@/app/api/v1/me/route';
import { DELETE as revoke } from '@/app/api/v1/tokens/[id]/route';
import { GET as list, POST } from '@/app/api/v1/tokens/route';
import { PATCH as patchUser } from '@/app/api/v1/users/[id]/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';

const db = testDb();
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function allTokens(headers: Record<string, string>) {
  const items: { id: string; name: string }[] = [];
  let cursor: string | null = null;
  const raw: string[] = [];
  do {
    const page: { body: { items: { id: string; name: string }[]; nextCursor: string | null } } = await callRoute(list, {
      headers, path: `/api/v1/tokens?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    });
    raw.push(JSON.stringify(page.body));
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return { items, raw: raw.join('\n') };
}

describe('API tokens API', () => {
  it('creates a token whose secret is shown once and works as a Bearer token with its role', async () => {
    const admin = await createTestActor(db, 'admin');
    const name = uniqueId('ci-deploy');
    const res = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name, role: 'responder', expiresInDays: 30 } });
    expect(res.status).toBe(201);
    const { secret, token } = res.body;
    expect(secret).toMatch(/^fbk_[\w-]{43}$/);
    expect(token).toMatchObject({ name, role: 'responder', status: 'active', prefix: secret.slice(0, 10), lastUsedAt: null, revokedAt: null });
    expect(token.createdBy).toMatchObject({ id: admin.userId, email: admin.email });
    const days = (Date.parse(token.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const me = await callRoute(getMe, { headers: bearer(secret) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'token', role: 'responder', label: `token:${name}`, user: null, token: { id: token.id, name } });

    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { tokenHash: true, lastUsedAt: true } });
    expect(stored.lastUsedAt).not.toBeNull();
    expect(stored.tokenHash).not.toContain(secret);

    const { items, raw } = await allTokens(admin.headers);
    expect(items.find((t) => t.id === token.id)).toMatchObject({ name, status: 'active' });
    expect(items.find((t) => t.id === token.id)).not.toHaveProperty('secret');
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain(stored.tokenHash);
    expect(raw).not.toMatch(/tokenHash/);

    const audit = await db.auditLog.findMany({ where: { entityId: token.id }, select: { action: true, after: true } });
    expect(audit).toEqual([{ action: 'api_token.created', after: expect.objectContaining({ name, role: 'responder' }) }]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(stored.tokenHash);
  });

  it('refuses a revoked token with 401, keeps it listed as revoked, and audits the revocation once', async () => {
    const admin = await createTestActor(db, 'admin');
    const created = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: uniqueId('tmp'), role: 'viewer' } });
    const { secret, token } = created.body;
    expect(created.body.token.expiresAt).toBeNull();
    expect((await callRoute(getMe, { headers: bearer(secret) })).status).toBe(200);

    const res = await callRoute(revoke, { method: 'DELETE', headers: admin.headers, params: { id: token.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: token.id, status: 'revoked' });
    const refused = await callRoute(getMe, { headers: bearer(secret) });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthorized');

    expect((await callRoute(revoke, { method: 'DELETE', headers: admin.headers, params: { id: token.id } })).status).toBe(200);
    const actions = (await db.auditLog.findMany({ where: { entityId: token.id }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(['api_token.created', 'api_token.revoked']);
    expect((await callRoute(revoke, { method: 'DELETE', headers: admin.headers, params: { id: '00000000-0000-4000-8000-000000000000' } })).status).toBe(404);
  });

  it('refuses an expired token', async () => {
    const admin = await createTestActor(db, 'admin');
    const { body } = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: uniqueId('short'), role: 'viewer', expiresInDays: 1 } });
    await db.apiToken.update({ where: { id: body.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(getMe, { headers: bearer(body.secret) })).status).toBe(401);
    const { items } = await allTokens(admin.headers);
    expect(items.find((t) => t.id === body.token.id)).toMatchObject({ status: 'expired' });
  });

  it('suspends the tokens of a deactivated creator until they are reactivated', async () => {
    const boss = await createTestActor(db, 'admin');
    const creator = await createTestActor(db, 'admin');
    const { body } = await callRoute(POST, { method: 'POST', headers: creator.headers, body: { name: uniqueId('theirs'), role: 'viewer' } });
    await callRoute(patchUser, { method: 'PATCH', headers: boss.headers, params: { id: creator.userId }, body: { active: false } });
    expect((await callRoute(getMe, { headers: bearer(body.secret) })).status).toBe(401);
    expect((await allTokens(boss.headers)).items.find((t) => t.id === body.token.id)).toMatchObject({ status: 'suspended' });
    await callRoute(patchUser, { method: 'PATCH', headers: boss.headers, params: { id: creator.userId }, body: { active: true } });
    expect((await callRoute(getMe, { headers: bearer(body.secret) })).status).toBe(200);
  });

  it('refuses a second live token with the same name (409 on "name") and bad input (422)', async () => {
    const admin = await createTestActor(db, 'admin');
    const name = uniqueId('dup');
    await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name, role: 'viewer' } });
    const again = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name, role: 'viewer' } });
    expect(again.status).toBe(409);
    expect(again.body.error.issues[0]).toMatchObject({ path: 'name', code: 'name_taken' });
    const bad = await callRoute(POST, { method: 'POST', headers: admin.headers, body: { name: '', role: 'root', expiresInDays: 0 } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['expiresInDays', 'name', 'role']);
  });

  it.each(['viewer', 'responder'] as const)('answers 403 to a %s and creates no token', async (role) => {
    const actor = await createTestActor(db, role);
    const name = uniqueId('sneaky');
    const res = await callRoute(POST, { method: 'POST', headers: actor.headers, body: { name, role: 'admin' } });
    expect(res.status).toBe(403);
    expect(await db.apiToken.count({ where: { name } })).toBe(0);
    expect((await callRoute(list, { headers: actor.headers })).status).toBe(403);
  });

  it('tells a signed-in person who they are', async () => {
    const { actor, userId, email } = await createTestActor(db, 'responder');
    const { getMe: me } = await import('@/lib/users/get-me');
    expect(await me(db, { actor })).toMatchObject({ kind: 'user', role: 'responder', user: { id: userId, email }, token: null });
  });
});
