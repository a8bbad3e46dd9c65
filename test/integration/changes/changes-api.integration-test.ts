// Announcing, editing and moving changes through the REST API on a real PostgreSQL, the way a
// CI pipeline with an API token does: statuses, bodies, rows and audit records left behind.
import { describe, expect, it } from 'vitest';
import { GET as getBlast } from '@/app/api/v1/changes/[id]/blast-radius/route';
import { GET as getOne, PATCH } from '@/app/api/v1/changes/[id]/route';
import { POST as postStatus } from '@/app/api/v1/changes/[id]/status/route';
import { GET as list, POST } from '@/app/api/v1/changes/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { announceBody, createChain, hoursFromNow } from './support.ts';

const db = testDb();

describe('POST /api/v1/changes', () => {
  it('announces with an API token: 201, the change, its audit record', async () => {
    const ci = await createTestActor(db, 'responder', 'ci');
    const { base } = await createChain(db);
    const body = announceBody(base.slug, { risk: 'high', externalRef: 'https://ci.example.test/run/42' });
    const res = await callRoute(POST, { method: 'POST', headers: ci.headers, body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: body.title, kind: 'credential', risk: 'high', status: 'scheduled', version: 1, shortNotice: false, noticePeriodHours: 24,
      service: { slug: base.slug, ownerTeam: { slug: base.teamSlug } }, allowedStatuses: ['in_progress', 'cancelled'], externalId: null,
    });
    expect(res.body.announcedBy.label).toMatch(/^token:|@example\.test$/);
    expect(await db.auditLog.count({ where: { entityType: 'change', entityId: res.body.id, action: 'change.announced' } })).toBe(1);
    const again = await callRoute(getOne, { headers: ci.headers, params: { id: res.body.id } });
    expect(again.body).toEqual(res.body);
  });

  it('marks a change announced with less notice than the service asks as short notice', async () => {
    const responder = await createTestActor(db, 'responder');
    const { base } = await createChain(db, { noticePeriodHours: 48 });
    const short = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(base.slug, { scheduledAt: hoursFromNow(47) }) });
    expect(short.status).toBe(201);
    expect(short.body).toMatchObject({ shortNotice: true, noticePeriodHours: 48 });
    const enough = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(base.slug, { scheduledAt: hoursFromNow(49) }) });
    expect(enough.body.shortNotice).toBe(false);

    // Later changes to the service's notice period do not rewrite what a change was told.
    await db.service.update({ where: { id: base.id }, data: { noticePeriodHours: 1 } });
    const read = await callRoute(getOne, { headers: responder.headers, params: { id: short.body.id } });
    expect(read.body).toMatchObject({ shortNotice: true, noticePeriodHours: 48 });
  });

  it('updates instead of duplicating when the same externalId is announced twice', async () => {
    const ci = await createTestActor(db, 'responder', 'ci');
    const { base } = await createChain(db);
    const externalId = uniqueId('pipeline-run');
    const first = await callRoute(POST, { method: 'POST', headers: ci.headers, body: announceBody(base.slug, { externalId }) });
    expect(first.status).toBe(201);
    const messagesAfterFirst = await db.notificationMessage.count({ where: { subjectId: first.body.id } });
    expect(messagesAfterFirst).toBe(2); // the owner teams of middle and top, automatically

    const second = await callRoute(POST, { method: 'POST', headers: ci.headers, body: announceBody(base.slug, { externalId, title: 'Renamed by the second run', scheduledAt: hoursFromNow(2) }) });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, title: 'Renamed by the second run', version: 2, externalId, shortNotice: true });
    expect(await db.changeEvent.count({ where: { serviceId: base.id, externalId } })).toBe(1);
    expect(await db.notificationMessage.count({ where: { subjectId: first.body.id } })).toBe(messagesAfterFirst);
    expect(await db.auditLog.count({ where: { entityId: first.body.id, action: 'change.updated' } })).toBe(1);

    // The same externalId on another service is another change.
    const { base: other } = await createChain(db);
    const third = await callRoute(POST, { method: 'POST', headers: ci.headers, body: announceBody(other.slug, { externalId }) });
    expect(third.status).toBe(201);
    expect(third.body.id).not.toBe(first.body.id);
  });

  it('refuses a viewer with 403 and creates nothing', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const { base } = await createChain(db);
    const body = announceBody(base.slug);
    const res = await callRoute(POST, { method: 'POST', headers: viewer.headers, body });
    expect(res.status).toBe(403);
    expect(await db.changeEvent.count({ where: { title: body.title } })).toBe(0);
  });

  it('answers 422 naming an unknown service or kind', async () => {
    const responder = await createTestActor(db, 'responder');
    const unknown = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody('no-such-service') });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues).toEqual([{ path: 'service', message: 'There is no service "no-such-service".', code: 'unknown_service' }]);
    const { base } = await createChain(db);
    const badKind = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(base.slug, { kind: 'firmware' }) });
    expect(badKind.status).toBe(422);
    expect(badKind.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['kind']);
  });
});

describe('the lifecycle: POST /api/v1/changes/{id}/status', () => {
  it('starts and completes a change, refusing a skipped or backward move with 422', async () => {
    const ci = await createTestActor(db, 'responder', 'ci');
    const { base } = await createChain(db);
    const { body: change } = await callRoute(POST, { method: 'POST', headers: ci.headers, body: announceBody(base.slug) });
    const move = (status: string, version?: number) =>
      callRoute(postStatus, { method: 'POST', headers: ci.headers, params: { id: change.id }, body: { status, ...(version ? { version } : {}) } });

    const skipped = await move('completed');
    expect(skipped.status).toBe(422);
    expect(skipped.body.error.issues[0]).toMatchObject({ path: 'status', code: 'invalid_transition' });
    expect(skipped.body.error.message).toBe('Cannot go from scheduled to completed: start the change first.');

    const early = await move('in_progress');
    expect(early.status).toBe(409);
    expect(early.body.error.reasons).toContain('early_start');
    const started = await callRoute(postStatus, { method: 'POST', headers: ci.headers, params: { id: change.id }, body: { status: 'in_progress', confirmEarlyStart: true } });
    expect(started.status).toBe(200);
    expect(started.body.startedEarly).toBe(true);
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2, allowedStatuses: ['completed', 'rolled_back'] });
    expect(started.body.startedAt).not.toBeNull();
    expect((await move('in_progress')).body.version).toBe(2); // a retry changes nothing

    const stale = await move('completed', 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ status: 'in_progress', version: 2 });

    const done = await move('completed', 2);
    expect(done.body).toMatchObject({ status: 'completed', version: 3, allowedStatuses: [] });
    expect(done.body.finishedAt).not.toBeNull();
    expect((await move('in_progress')).status).toBe(422);
    expect(await db.auditLog.count({ where: { entityId: change.id, action: 'change.status_changed' } })).toBe(2);
  });

  it('refuses a viewer with 403 and leaves the change as it was', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const { base } = await createChain(db);
    const { body: change } = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(base.slug) });
    const res = await callRoute(postStatus, { method: 'POST', headers: viewer.headers, params: { id: change.id }, body: { status: 'cancelled' } });
    expect(res.status).toBe(403);
    expect((await db.changeEvent.findUniqueOrThrow({ where: { id: change.id } })).status).toBe('scheduled');
  });
});

describe('PATCH /api/v1/changes/{id}', () => {
  it('edits with the current version, answers 409 with the current change on a stale one', async () => {
    const responder = await createTestActor(db, 'responder');
    const { base } = await createChain(db);
    const { body: change } = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(base.slug) });
    const ok = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: change.id }, body: { version: 1, rollbackPlan: 'Restore the 24 h lifetime.', scheduledAt: hoursFromNow(3) } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, rollbackPlan: 'Restore the 24 h lifetime.', shortNotice: true });
    const stale = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: change.id }, body: { version: 1, title: 'Lost edit' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, title: change.title });
    const missing = await callRoute(getOne, { headers: responder.headers, params: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(missing.status).toBe(404);
  });
});

describe('GET /api/v1/changes', () => {
  it('lists upcoming and recent changes by service and owner team, page by page', async () => {
    const responder = await createTestActor(db, 'responder');
    const { base, middle } = await createChain(db);
    const post = async (slug: string, hours: number) =>
      (await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(slug, { scheduledAt: hoursFromNow(hours) }) })).body.id as string;
    const soon = await post(base.slug, 5);
    const later = await post(base.slug, 50);
    const past = await post(base.slug, -5);
    await post(middle.slug, 6);

    const upcoming = await callRoute(list, { headers: responder.headers, path: `/api/v1/changes?service=${base.slug}&when=upcoming&limit=1` });
    expect(upcoming.body.items.map((c: { id: string }) => c.id)).toEqual([soon]);
    const next = await callRoute(list, { headers: responder.headers, path: `/api/v1/changes?service=${base.slug}&when=upcoming&limit=1&cursor=${upcoming.body.nextCursor}` });
    expect(next.body.items.map((c: { id: string }) => c.id)).toEqual([later]);
    expect(next.body.nextCursor).toBeNull();

    const recent = await callRoute(list, { headers: responder.headers, path: `/api/v1/changes?team=${base.teamSlug}&when=recent` });
    expect(recent.body.items.map((c: { id: string }) => c.id)).toEqual([past]);
    const byTeam = await callRoute(list, { headers: responder.headers, path: `/api/v1/changes?team=${base.teamSlug}` });
    expect(byTeam.body.items.map((c: { id: string }) => c.id)).toEqual([later, soon, past]);

    const wrongCursor = await callRoute(list, { headers: responder.headers, path: `/api/v1/changes?when=recent&cursor=${upcoming.body.nextCursor}` });
    expect(wrongCursor.status).toBe(422);
  });
});

describe('GET /api/v1/changes/{id}/blast-radius', () => {
  it('lists every service depending on the changed one, through others too, with owner teams', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const responder = await createTestActor(db, 'responder');
    const { top, middle, base } = await createChain(db);
    const { body: change } = await callRoute(POST, { method: 'POST', headers: responder.headers, body: announceBody(base.slug) });
    const res = await callRoute(getBlast, { headers: viewer.headers, params: { id: change.id } });
    expect(res.status).toBe(200);
    expect(res.body.change).toEqual({ id: change.id, service: { slug: base.slug, name: 'Service base' } });
    expect(res.body.services).toEqual([
      { slug: middle.slug, name: 'Service middle', depth: 1, ownerTeam: { slug: middle.teamSlug, name: 'Team middle' } },
      { slug: top.slug, name: 'Service top', depth: 2, ownerTeam: { slug: top.teamSlug, name: 'Team top' } },
    ]);
    expect(res.body.teams).toEqual(expect.arrayContaining([
      { slug: middle.teamSlug, name: 'Team middle', services: [middle.slug] },
      { slug: top.teamSlug, name: 'Team top', services: [top.slug] },
    ]));
    expect(res.body.teams).toHaveLength(2);
  });
});
