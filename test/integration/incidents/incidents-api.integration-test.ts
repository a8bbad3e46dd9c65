// Declaring, reading and editing incidents through the REST API on a real PostgreSQL: what a
// client notices (statuses, bodies naming fields, 409 with the current state) and what is left
// in the database (rows, timeline entries, audit records).
import { describe, expect, it } from 'vitest';
import { GET as getOne, PATCH } from '@/app/api/v1/incidents/[ref]/route';
import { GET as list, POST } from '@/app/api/v1/incidents/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createNamedActor, createService, declare } from './support.ts';

const db = testDb();

async function timelineOf(incidentId: string) {
  return db.timelineEntry.findMany({ where: { incidentId }, orderBy: [{ occurredAt: 'asc' }, { recordedAt: 'asc' }], select: { kind: true, data: true, body: true, authorLabel: true } });
}

describe('POST /api/v1/incidents', () => {
  it('declares with title and severity: 201, number and reference, declared entry, audit', async () => {
    const responder = await createTestActor(db, 'responder');
    const service = await createService(db, { withTeam: true });
    const title = uniqueId('checkout failing');
    const res = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { title, severity: 'SEV1', services: [service.slug], startedAt: '2026-01-01T10:00:00+08:00' } });
    expect(res.status).toBe(201);
    const inc = res.body;
    expect(inc).toMatchObject({ title, severity: 'SEV1', status: 'investigating', version: 1, reference: `INC-${inc.number}`, startedAt: '2026-01-01T02:00:00.000Z', drill: false });
    expect(inc.allowedStatuses).toEqual(['identified', 'monitoring', 'resolved']);
    expect(inc.services).toEqual([
      {
        slug: service.slug,
        name: `Service ${service.slug}`,
        ownerTeam: { slug: service.teamSlug, name: 'Payments team' },
        contacts: [
          { name: 'Ada', role: '', email: 'ada@example.test', phone: '', chat: '' },
          { name: 'Wang Fang', role: 'on-call', email: '', phone: '+86 10 5555 0100', chat: '' },
        ],
      },
    ]);
    expect(inc.durations.timeToResolveSeconds).toBeNull();
    const entries = await timelineOf(inc.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'status_change', data: { event: 'declared', to: 'investigating', severity: 'SEV1', services: [service.slug] } });
    expect(await db.auditLog.count({ where: { entityType: 'incident', entityId: inc.id, action: 'incident.declared' } })).toBe(1);
  });

  it('makes a person who declares the commander', async () => {
    const responder = await createNamedActor(db, 'responder', 'Li Lei');
    const inc = await declare(db, responder.actor);
    expect(inc.roles).toEqual([{ role: 'commander', userId: responder.userId, name: 'Li Lei', email: responder.email }]);
    expect(inc.declaredBy).toEqual({ userId: responder.userId, name: 'Li Lei' });
  });

  it('refuses a viewer with 403 and creates nothing', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const title = uniqueId('viewer-declare');
    const res = await callRoute(POST, { method: 'POST', headers: viewer.headers, body: { title, severity: 'SEV2' } });
    expect(res.status).toBe(403);
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it('answers 422 naming severity, and each unknown service by position', async () => {
    const responder = await createTestActor(db, 'responder');
    const bad = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { title: 'x', severity: 'SEV5' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['severity']);

    const service = await createService(db);
    const title = uniqueId('unknown-service');
    const res = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { title, severity: 'SEV3', services: ['no-such-service', service.slug, 'nope-2'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toEqual([
      { path: 'services.0', message: 'There is no service "no-such-service".', code: 'unknown_service' },
      { path: 'services.2', message: 'There is no service "nope-2".', code: 'unknown_service' },
    ]);
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it('refuses a detected time before the start', async () => {
    const responder = await createTestActor(db, 'responder');
    const res = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { title: 'x', severity: 'SEV3', startedAt: '2026-01-01T10:00:00Z', detectedAt: '2026-01-01T09:00:00Z' } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues[0].path).toBe('detectedAt');
  });
});

describe('GET /api/v1/incidents/{ref}', () => {
  it('finds an incident by number, INC-number and id; 404 otherwise', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const inc = await declare(db, responder.actor);
    for (const ref of [String(inc.number), `INC-${inc.number}`, `inc-${inc.number}`, inc.id]) {
      const res = await callRoute(getOne, { headers: viewer.headers, params: { ref } });
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(inc.id);
    }
    for (const ref of ['INC-999999999', 'nonsense', '00000000-0000-4000-8000-000000000000']) {
      expect((await callRoute(getOne, { headers: viewer.headers, params: { ref } })).status).toBe(404);
    }
  });

  it('lists through GET /api/v1/incidents for a viewer', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const res = await callRoute(list, { headers: viewer.headers, path: '/api/v1/incidents?limit=5' });
    expect(res.status).toBe(200);
    expect(res.body).toHaveProperty('items');
    expect(res.body).toHaveProperty('nextCursor');
  });
});

describe('PATCH /api/v1/incidents/{ref}', () => {
  const patch = (headers: Record<string, string>, ref: string, body: unknown) => callRoute(PATCH, { method: 'PATCH', headers, params: { ref }, body });

  it('moves through the status machine, refusing invalid moves with a clear message', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor);
    const ref = inc.reference;

    let res = await patch(responder.headers, ref, { version: 1, status: 'identified' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'identified', version: 2 });

    res = await patch(responder.headers, ref, { version: 2, status: 'closed' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('Cannot go from identified to closed: resolve the incident first.');
    expect(res.body.error.issues[0].path).toBe('status');

    const before = Date.now();
    res = await patch(responder.headers, ref, { version: 2, status: 'resolved' });
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.resolvedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(res.body.durations.timeToResolveSeconds).toBeGreaterThanOrEqual(0);

    res = await patch(responder.headers, ref, { version: 3, status: 'closed' });
    expect(res.body).toMatchObject({ status: 'closed', version: 4 });
    expect(res.body.closedAt).not.toBeNull();

    res = await patch(responder.headers, ref, { version: 4, status: 'monitoring' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('Cannot go from closed to monitoring: re-open the incident first.');

    res = await patch(responder.headers, ref, { version: 4, status: 'investigating' });
    expect(res.body).toMatchObject({ status: 'investigating', resolvedAt: null, closedAt: null, version: 5 });

    const statusEntries = (await timelineOf(inc.id)).filter((e) => e.kind === 'status_change').map((e) => e.data as { from: string; to: string; reopened?: boolean });
    expect(statusEntries.map((d) => `${d.from}→${d.to}`)).toEqual(['null→investigating', 'investigating→identified', 'identified→resolved', 'resolved→closed', 'closed→investigating']);
    expect(statusEntries.at(-1)?.reopened).toBe(true);
  });

  it('keeps a given resolved time when resolving', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor, { startedAt: '2026-01-01T09:00:00Z' });
    const res = await patch(responder.headers, inc.id, { version: 1, status: 'resolved', resolvedAt: '2026-01-01T10:30:00Z' });
    expect(res.body.resolvedAt).toBe('2026-01-01T10:30:00.000Z');
    expect(res.body.durations.timeToResolveSeconds).toBe(5400);
  });

  it('answers a stale version with 409 carrying the current incident, and changes nothing', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor);
    await patch(responder.headers, inc.reference, { version: 1, title: 'first edit' });
    const res = await patch(responder.headers, inc.reference, { version: 1, title: 'stale edit' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.current).toMatchObject({ id: inc.id, title: 'first edit', version: 2, reference: inc.reference });
    expect((await db.incident.findUniqueOrThrow({ where: { id: inc.id } })).title).toBe('first edit');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor);
    const results = await Promise.all([
      patch(responder.headers, inc.id, { version: 1, title: 'edit A', severity: 'SEV1' }),
      patch(responder.headers, inc.id, { version: 1, title: 'edit B', severity: 'SEV4' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const row = await db.incident.findUniqueOrThrow({ where: { id: inc.id }, select: { version: true, title: true, severity: true } });
    const winner = results.find((r) => r.status === 200)!.body;
    expect(row).toEqual({ version: 2, title: winner.title, severity: winner.severity });
    const titleEntries = (await timelineOf(inc.id)).filter((e) => (e.data as { field?: string }).field === 'title');
    expect(titleEntries).toHaveLength(1);
  });

  it('writes a timeline entry for every changed field, in the same transaction', async () => {
    const responder = await createTestActor(db, 'responder');
    const [a, b] = [await createService(db), await createService(db)];
    const inc = await declare(db, responder.actor, { services: [a.slug] });
    const res = await patch(responder.headers, inc.id, {
      version: 1,
      title: 'Payments down',
      severity: 'SEV1',
      services: [b.slug, a.slug],
      startedAt: '2026-01-01T10:00:00Z',
      customerFacing: true,
      impact: 'All card payments fail',
      nextUpdateAt: '2099-01-01T00:00:00Z',
      summary: inc.summary,
    });
    expect(res.status).toBe(200);
    const changes = (await timelineOf(inc.id)).filter((e) => e.kind === 'field_change').map((e) => e.data as { field: string; from: unknown; to: unknown });
    expect(Object.fromEntries(changes.map((c) => [c.field, [c.from, c.to]]))).toEqual({
      title: [inc.title, 'Payments down'],
      severity: ['SEV2', 'SEV1'],
      customerFacing: [false, true],
      impact: ['', 'All card payments fail'],
      startedAt: [null, '2026-01-01T10:00:00.000Z'],
      nextUpdateAt: [null, '2099-01-01T00:00:00.000Z'],
      services: [[a.slug], [a.slug, b.slug].sort()],
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: inc.id, action: 'incident.updated' }, select: { before: true, after: true } });
    expect(audit.after).toMatchObject({ title: 'Payments down', severity: 'SEV1' });

    // A change that fails half-way (unknown service) leaves neither the fields nor entries.
    const countBefore = (await timelineOf(inc.id)).length;
    const failed = await patch(responder.headers, inc.id, { version: 2, title: 'Should not stick', services: ['no-such-service'] });
    expect(failed.status).toBe(422);
    expect(failed.body.error.issues[0].path).toBe('services.0');
    expect((await db.incident.findUniqueOrThrow({ where: { id: inc.id } })).title).toBe('Payments down');
    expect((await timelineOf(inc.id)).length).toBe(countBefore);
  });

  it('bumps no version for a PATCH that changes nothing, and refuses viewers', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const inc = await declare(db, responder.actor);
    const same = await patch(responder.headers, inc.id, { version: 1, title: inc.title });
    expect(same.body.version).toBe(1);
    const denied = await patch(viewer.headers, inc.id, { version: 1, title: 'viewer edit' });
    expect(denied.status).toBe(403);
    expect((await db.incident.findUniqueOrThrow({ where: { id: inc.id } })).title).toBe(inc.title);
  });
});
