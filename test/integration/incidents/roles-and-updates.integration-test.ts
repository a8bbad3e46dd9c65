// Roles on an incident, stakeholder updates and the change notifications that live pages rely
// on: each writes its timeline entry in the same transaction, and NOTIFY is heard on commit only.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE as unassign, PUT as assign } from '@/app/api/v1/incidents/[ref]/roles/route';
import { POST as postUpdate } from '@/app/api/v1/incidents/[ref]/stakeholder-updates/route';
import { PATCH } from '@/app/api/v1/incidents/[ref]/route';
import { POST as postEntry } from '@/app/api/v1/incidents/[ref]/timeline/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDatabaseUrl, testDb, uniqueId } from '../../support/db.ts';
import { createNamedActor, declare } from './support.ts';

const db = testDb();

describe('PUT/DELETE /api/v1/incidents/{ref}/roles', () => {
  it('assigns, replaces a single-holder role, and unassigns, each with a timeline entry', async () => {
    const responder = await createNamedActor(db, 'responder', 'Declarer');
    const alice = await createNamedActor(db, 'viewer', 'Alice');
    const bob = await createNamedActor(db, 'responder', 'Bob');
    const inc = await declare(db, responder.actor);
    const ref = inc.reference;

    let res = await callRoute(assign, { method: 'PUT', headers: responder.headers, params: { ref }, body: { role: 'commander', userId: alice.userId } });
    expect(res.status).toBe(200);
    expect(res.body.roles.filter((r: { role: string }) => r.role === 'commander')).toEqual([{ role: 'commander', userId: alice.userId, name: 'Alice', email: alice.email }]);

    await callRoute(assign, { method: 'PUT', headers: responder.headers, params: { ref }, body: { role: 'responder', userId: alice.userId } });
    res = await callRoute(assign, { method: 'PUT', headers: responder.headers, params: { ref }, body: { role: 'responder', userId: bob.userId } });
    expect(res.body.roles.filter((r: { role: string }) => r.role === 'responder').map((r: { name: string }) => r.name).sort()).toEqual(['Alice', 'Bob']);

    res = await callRoute(unassign, { method: 'DELETE', headers: responder.headers, params: { ref }, body: { role: 'responder', userId: alice.userId } });
    expect(res.status).toBe(200);
    expect(res.body.roles.map((r: { role: string; name: string }) => `${r.role}:${r.name}`)).toEqual(['commander:Alice', 'responder:Bob']);

    const missing = await callRoute(unassign, { method: 'DELETE', headers: responder.headers, params: { ref }, body: { role: 'scribe', userId: bob.userId } });
    expect(missing.status).toBe(404);
    const unknown = await callRoute(assign, { method: 'PUT', headers: responder.headers, params: { ref }, body: { role: 'scribe', userId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].path).toBe('userId');
    const denied = await callRoute(assign, { method: 'PUT', headers: alice.headers, params: { ref }, body: { role: 'scribe', userId: alice.userId } });
    expect(denied.status).toBe(403);

    const roleEntries = await db.timelineEntry.findMany({
      where: { incidentId: inc.id, kind: 'field_change' },
      orderBy: { recordedAt: 'asc' },
      select: { body: true },
    });
    expect(roleEntries.map((e) => e.body)).toEqual([
      'Alice is now commander (replacing Declarer)',
      'Alice is now responder',
      'Bob is now responder',
      'Alice is no longer responder',
    ]);
  });
});

describe('POST /api/v1/incidents/{ref}/stakeholder-updates', () => {
  it('posts the templated update, promises the next one on the incident, and replays idempotently', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor);
    const nextUpdateAt = new Date(Date.now() + 30 * 60_000).toISOString();
    const key = uniqueId('update');
    const body = { whatIsHappening: 'Card payments fail for some customers.', impact: 'About 20% of checkouts.', whatWeAreDoing: 'Rolling back.', nextUpdateAt };
    const res = await callRoute(postUpdate, { method: 'POST', headers: { ...responder.headers, 'idempotency-key': key }, params: { ref: inc.reference }, body });
    expect(res.status).toBe(201);
    expect(res.body.entry).toMatchObject({ kind: 'stakeholder_update', deleted: false });
    expect(res.body.entry.body).toContain(`### Status update: ${inc.reference} ${inc.title}`);
    expect(res.body.entry.body).toContain('**What we are doing**\n\nRolling back.');
    expect(res.body.incident).toMatchObject({ nextUpdateAt: new Date(nextUpdateAt).toISOString(), version: 2, updateOverdue: false });

    const again = await callRoute(postUpdate, { method: 'POST', headers: { ...responder.headers, 'idempotency-key': key }, params: { ref: inc.reference }, body });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.entry.id).toBe(res.body.entry.id);
    expect(again.body.incident.version).toBe(2);

    const entries = await db.timelineEntry.findMany({ where: { incidentId: inc.id }, select: { kind: true, data: true } });
    expect(entries.filter((e) => e.kind === 'stakeholder_update')).toHaveLength(1);
    expect(entries.filter((e) => (e.data as { field?: string } | null)?.field === 'nextUpdateAt')).toHaveLength(1);

    const past = await callRoute(postUpdate, { method: 'POST', headers: responder.headers, params: { ref: inc.reference }, body: { ...body, nextUpdateAt: '2020-01-01T00:00:00Z' } });
    expect(past.status).toBe(422);
    expect(past.body.error.issues[0].path).toBe('nextUpdateAt');
  });

  it('marks the update overdue once the promised time has passed', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor);
    await db.incident.update({ where: { id: inc.id }, data: { nextUpdateAt: new Date(Date.now() - 60_000) } });
    const res = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { ref: inc.id }, body: { version: 1 } });
    expect(res.body.updateOverdue).toBe(true);
  });
});

describe('change notifications', () => {
  let listener: pg.Client;
  const heard: { incidentId: string; kind: string; entryId?: string }[] = [];

  beforeAll(async () => {
    listener = new pg.Client({ connectionString: testDatabaseUrl() });
    await listener.connect();
    listener.on('notification', (n) => heard.push(JSON.parse(n.payload ?? '{}')));
    await listener.query('LISTEN firebreak_events');
  });
  afterAll(async () => {
    await listener.end();
  });

  const settle = () => new Promise((r) => setTimeout(r, 200));

  it('announces committed changes with ids only, and nothing for a rolled-back one', async () => {
    const responder = await createTestActor(db, 'responder');
    const inc = await declare(db, responder.actor);
    await settle();
    heard.length = 0;

    const entry = await callRoute(postEntry, { method: 'POST', headers: responder.headers, params: { ref: inc.id }, body: { kind: 'note', body: 'hello' } });
    await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { ref: inc.id }, body: { version: 1, severity: 'SEV1' } });
    const failed = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { ref: inc.id }, body: { version: 2, title: 'x', services: ['no-such-service'] } });
    expect(failed.status).toBe(422);
    await settle();

    const mine = heard.filter((h) => h.incidentId === inc.id);
    expect(mine[0]).toEqual({ incidentId: inc.id, kind: 'timeline.created', entryId: entry.body.id });
    expect(mine.map((h) => h.kind)).toEqual(['timeline.created', 'timeline.created', 'incident.updated']);
  });
});
