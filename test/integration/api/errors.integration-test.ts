// What every API client sees when something is wrong, whatever the endpoint: the status, the
// error body {"error": {"code", "message", "issues"?, "requestId"}}, the x-request-id header,
// and one log line per request. Real route handlers over the real database; a test-only
// handler (built with the same apiRoute wrapper) stands in for a bug that throws.
import { randomUUID } from 'node:crypto';
import { getServerSession } from 'next-auth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { GET as getService } from '@/app/api/v1/services/[slug]/route';
import { POST as createService } from '@/app/api/v1/services/route';
import { GET as getMe } from '@/app/api/v1/me/route';
import { GET as searchRoute } from '@/app/api/v1/search/route';
import { apiRoute } from '@/lib/api/route';
import { resetEnvCache } from '@/lib/config/env';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { captureOutput, expectErrorBody } from './support.ts';

// Outside a Next.js request there is no cookie store for next-auth to read: stand in for
// "the browser sent this session" (default: no session cookie at all).
vi.mock('next-auth', async (importOriginal) => ({ ...(await importOriginal<typeof import('next-auth')>()), getServerSession: vi.fn(async () => null) }));
const sessionFor = (userId: string) => vi.mocked(getServerSession).mockResolvedValueOnce({ user: { id: userId }, expires: '2999-01-01T00:00:00Z' });

const db = testDb();
const servicesPath = '/api/v1/services';

const logLevel = process.env.LOG_LEVEL;
afterEach(() => {
  delete process.env.API_MAX_BODY_BYTES;
  if (logLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = logLevel;
  resetEnvCache();
  vi.restoreAllMocks();
});

describe('authentication and roles', () => {
  it('answers 401 without credentials', async () => {
    const res = await callRoute(getMe, { path: '/api/v1/me' });
    expectErrorBody(res, 401, 'unauthorized');
  });

  it('takes the role of a session from the database, and refuses a deactivated user at once', async () => {
    const viewer = await createTestActor(db, 'viewer');
    await db.user.update({ where: { id: viewer.userId }, data: { role: 'responder' } });
    sessionFor(viewer.userId);
    const me = await callRoute(getMe, {});
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'responder' });

    await db.user.update({ where: { id: viewer.userId }, data: { active: false } });
    sessionFor(viewer.userId);
    expectErrorBody(await callRoute(getMe, {}), 401, 'unauthorized');
  });

  it('answers 401 for an unknown token, a revoked token and a malformed Authorization header', async () => {
    expectErrorBody(await callRoute(getMe, { headers: { authorization: 'Bearer fbk_not-a-real-token' } }), 401, 'unauthorized');
    expectErrorBody(await callRoute(getMe, { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'unauthorized');

    const responder = await createTestActor(db, 'responder');
    expect((await callRoute(getMe, { headers: responder.headers })).status).toBe(200);
    await db.apiToken.updateMany({ where: { createdById: responder.userId }, data: { revokedAt: new Date() } });
    const revoked = await callRoute(getMe, { headers: responder.headers });
    expectErrorBody(revoked, 401, 'unauthorized');
    expect(revoked.body.error.message).toMatch(/revoked/);
  });

  it('answers 403 to a viewer on a responder route, and creates nothing', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const slug = uniqueId('svc');
    const res = await callRoute(createService, { method: 'POST', path: servicesPath, headers: viewer.headers, body: { slug, name: 'Nope' } });
    expectErrorBody(res, 403, 'forbidden');
    expect(res.body.error.message).toContain('responder');
    expect(await db.service.findUnique({ where: { slug } })).toBeNull();
  });
});

describe('request bodies', () => {
  it('answers 400 for malformed JSON and for an empty body', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const malformed = await callRoute(createService, { method: 'POST', path: servicesPath, headers, body: '{"slug": "x",' });
    expectErrorBody(malformed, 400, 'bad_request');
    expect(malformed.body.error.message).toMatch(/not valid JSON/);
    expectErrorBody(await callRoute(createService, { method: 'POST', path: servicesPath, headers, body: '  ' }), 400, 'bad_request');
  });

  it('answers 415 when the body is not sent as JSON', async () => {
    const { token } = await createTestActor(db, 'responder');
    const res = await callRoute(createService, {
      method: 'POST', path: servicesPath, headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, body: '{"slug":"a","name":"b"}',
    });
    expectErrorBody(res, 415, 'unsupported_media_type');
    expect(res.body.error.message).toContain('application/json');
  });

  it('answers 413 when the body is over the configured limit, declared or streamed', async () => {
    const { headers } = await createTestActor(db, 'responder');
    process.env.API_MAX_BODY_BYTES = '256';
    resetEnvCache();
    const slug = uniqueId('svc');
    const big = { slug, name: 'Big', description: 'x'.repeat(1_000) };
    const streamed = await callRoute(createService, { method: 'POST', path: servicesPath, headers, body: big });
    expectErrorBody(streamed, 413, 'payload_too_large');
    const declared = await callRoute(createService, { method: 'POST', path: servicesPath, headers: { ...headers, 'content-length': '5000' }, body: big });
    expectErrorBody(declared, 413, 'payload_too_large');
    expect(await db.service.findUnique({ where: { slug } })).toBeNull();

    delete process.env.API_MAX_BODY_BYTES;
    resetEnvCache();
    expect((await callRoute(createService, { method: 'POST', path: servicesPath, headers, body: big })).status).toBe(201);
  });

  it('answers a 20,000-character search query with 422 naming q (the server lets such URLs through)', async () => {
    const { headers } = await createTestActor(db, 'viewer');
    const res = await callRoute(searchRoute, { path: `/api/v1/search?q=${'x'.repeat(20_000)}`, headers });
    expectErrorBody(res, 422, 'invalid');
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['q']);
  });

  it('answers 422 with one issue naming each invalid field', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const res = await callRoute(createService, { method: 'POST', path: servicesPath, headers, body: { slug: 'Not A Slug!', name: '', tier: 9 } });
    expectErrorBody(res, 422, 'invalid');
    const paths = res.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['slug', 'name', 'tier']));
    for (const issue of res.body.error.issues) expect(issue.message).toEqual(expect.any(String));
    expect(res.body.error.message).toMatch(/slug/);
  });
});

describe('resources', () => {
  it('answers 404 for an unknown slug', async () => {
    const { headers } = await createTestActor(db, 'viewer');
    const res = await callRoute(getService, { path: `${servicesPath}/no-such`, headers, params: { slug: uniqueId('missing') } });
    expectErrorBody(res, 404, 'not_found');
  });
});

describe('request ids and logs', () => {
  it('puts x-request-id on successful answers too, and keeps a well-formed id the client sent', async () => {
    const { headers } = await createTestActor(db, 'viewer');
    const ok = await callRoute(getMe, { headers });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const mine = `client-${randomUUID()}`;
    expect((await callRoute(getMe, { headers: { ...headers, 'x-request-id': mine } })).headers.get('x-request-id')).toBe(mine);
    // Anything else (log injection, absurd length) is replaced by a fresh id.
    const odd = await callRoute(getMe, { headers: { ...headers, 'x-request-id': 'bad id\twith spaces' } });
    expect(odd.headers.get('x-request-id')).not.toContain(' ');
  });

  it('answers an unexpected error with 500, a generic message quoting the request id, and no stack', async () => {
    const boom = apiRoute({ role: 'public', route: '/test/boom' }, async () => {
      throw new Error('connection string postgres://secret@db leaked');
    });
    const { result: res, stdout, stderr } = await captureOutput(() => callRoute(boom, { path: '/test/boom' }));
    expectErrorBody(res, 500, 'internal');
    const requestId = res.body.error.requestId as string;
    expect(res.body.error.message).toContain(requestId);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('secret');
    expect(text).not.toMatch(/\bat .*\.ts/);
    // The details go to the server log instead, under the same request id.
    const logged = [...stdout, ...stderr].map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.find((l) => l.level === 'error' && l.requestId === requestId)).toBeDefined();
  });

  it('logs one JSON line per request with request id, route, status and duration', async () => {
    process.env.LOG_LEVEL = 'info';
    resetEnvCache();
    const { headers } = await createTestActor(db, 'viewer');
    const slug = uniqueId('missing');
    const { result: res, stdout } = await captureOutput(() => callRoute(getService, { path: `${servicesPath}/${slug}`, headers, params: { slug } }));
    const requestId = res.headers.get('x-request-id');
    const lines = stdout.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', requestId, method: 'GET', route: '/api/v1/services/[slug]', status: 404 });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(lines[0]?.durationMs as number).toBeGreaterThanOrEqual(0);
  });
});

describe('a test-only handler with a zod body', () => {
  const echo = apiRoute(
    { role: 'responder', body: z.object({ title: z.string().min(3), severity: z.enum(['sev1', 'sev2']) }), route: '/test/echo' },
    async ({ body, actor }) => ({ ...body, by: actor.role }),
  );

  it('passes a valid body through and checks the role before reading the body', async () => {
    const responder = await createTestActor(db, 'responder');
    const ok = await callRoute(echo, { method: 'POST', headers: responder.headers, body: { title: 'Checkout down', severity: 'sev1' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ title: 'Checkout down', severity: 'sev1', by: 'responder' });

    const viewer = await createTestActor(db, 'viewer');
    expectErrorBody(await callRoute(echo, { method: 'POST', headers: viewer.headers, body: '{broken' }), 403, 'forbidden');
  });

  it('names every invalid field with its zod code', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const res = await callRoute(echo, { method: 'POST', headers, body: { title: 'x', severity: 'sev9' } });
    expectErrorBody(res, 422, 'invalid');
    expect(res.body.error.issues).toEqual([
      // With the parameters a browser needs to say it in its reader's language.
      expect.objectContaining({ path: 'title', code: 'too_small', params: expect.objectContaining({ origin: 'string' }) }),
      expect.objectContaining({ path: 'severity', code: 'invalid_value' }),
    ]);
  });
});
