// "Recent changes" on an incident over a chain of three services (top → middle → base): the
// window before the incident started, transitive dependencies, nearest first, and linking a
// change as the incident's trigger.
import { describe, expect, it } from 'vitest';
import { POST as linkRoute } from '@/app/api/v1/incidents/[ref]/change-links/route';
import { GET as recentRoute } from '@/app/api/v1/incidents/[ref]/recent-changes/route';
import type { Actor } from '@/lib/auth/actor';
import { announceChange } from '@/lib/changes/announce-change';
import { listRecentChangesForIncident } from '@/lib/changes/list-recent-changes-for-incident';
import { recentChangesQuery } from '@/lib/changes/recent-changes-schemas';
import type { ChangeKind } from '@/lib/changes/schemas';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { listFactors } from '@/lib/root-causes/list-factors';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createChain } from './support.ts';

const db = testDb();
const HOUR = 3_600_000;

async function changeAt(actor: Actor, service: string, hoursFromNow: number, kind: ChangeKind = 'configuration') {
  const { change } = await announceChange(db, {
    actor,
    input: { service, kind, title: uniqueId(`${kind} at ${hoursFromNow}h`), description: '', risk: 'medium', scheduledAt: new Date(Date.now() + hoursFromNow * HOUR).toISOString(), expectedImpact: '', rollbackPlan: '', externalRef: '' },
  });
  return change;
}

async function setUp() {
  const chain = await createChain(db);
  const responder = await createTestActor(db, 'responder');
  const a = responder.actor;
  const onBase = await changeAt(a, chain.base.slug, -3, 'credential'); // two hops down, in the window
  const onTop = await changeAt(a, chain.top.slug, -1.5); // the incident's own service
  const onMiddleOld = await changeAt(a, chain.middle.slug, -30); // before the 24 h window
  const cancelled = await changeAt(a, chain.top.slug, -2);
  await db.changeEvent.update({ where: { id: cancelled.id }, data: { status: 'cancelled' } });
  const longRunning = await changeAt(a, chain.base.slug, -40, 'database'); // started long ago, still in progress
  await db.changeEvent.update({ where: { id: longRunning.id }, data: { status: 'in_progress', startedAt: new Date(Date.now() - 40 * HOUR) } });
  const future = await changeAt(a, chain.base.slug, 5);
  const unrelated = await changeAt(a, (await createChain(db)).base.slug, -2);
  const incident = await declareIncident(db, {
    actor: a,
    input: { title: uniqueId('logins failing'), severity: 'SEV2', summary: '', services: [chain.top.slug], impact: '', customerFacing: false, drill: false, startedAt: new Date(Date.now() - HOUR).toISOString() },
  });
  return { chain, responder, incident, onBase, onTop, onMiddleOld, cancelled, longRunning, future, unrelated };
}

describe('recent changes on an incident', () => {
  it('lists changes on its services and their transitive dependencies in the window, nearest first', async () => {
    const s = await setUp();
    const viewer = await createTestActor(db, 'viewer');
    const res = await callRoute(recentRoute, { headers: viewer.headers, params: { ref: s.incident.reference }, path: `/api/v1/incidents/${s.incident.reference}/recent-changes` });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { change: { id: string } }) => i.change.id);
    // The incident is open: what runs now and what is about to change come first.
    expect(ids).toEqual([s.longRunning.id, s.future.id, s.onTop.id, s.onBase.id]);
    expect(res.body.items.map((i: { relation: string }) => i.relation)).toEqual(['in_progress', 'upcoming', 'before', 'before']);
    expect(res.body.items.map((i: { depth: number }) => i.depth)).toEqual([2, 2, 0, 2]);
    expect(res.body.items[3]).toMatchObject({ change: { kind: 'credential', shortNotice: true, service: { slug: s.chain.base.slug } }, linkedFactorId: null });

    const wider = await listRecentChangesForIncident(db, { actor: viewer.actor, ref: s.incident.reference, input: recentChangesQuery.parse({ hours: '48' }) });
    expect(wider.items.map((i) => i.change.id)).toEqual([s.longRunning.id, s.future.id, s.onTop.id, s.onBase.id, s.onMiddleOld.id]);
    expect(wider.items.find((i) => i.change.id === s.onMiddleOld.id)?.depth).toBe(1);

    const bad = await callRoute(recentRoute, { headers: viewer.headers, params: { ref: s.incident.reference }, path: `/api/v1/incidents/x/recent-changes?hours=0` });
    expect(bad.status).toBe(422);
    expect((await callRoute(recentRoute, { headers: viewer.headers, params: { ref: 'INC-999999999' } })).status).toBe(404);
  });

  it('links a change as the trigger: a trigger factor naming it, once', async () => {
    const s = await setUp();
    const viewer = await createTestActor(db, 'viewer');
    expect((await callRoute(linkRoute, { method: 'POST', headers: viewer.headers, params: { ref: s.incident.reference }, body: { change: s.onBase.id } })).status).toBe(403);

    const first = await callRoute(linkRoute, { method: 'POST', headers: s.responder.headers, params: { ref: s.incident.reference }, body: { change: s.onBase.id } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true, changeId: s.onBase.id, factor: { kind: 'trigger', category: 'credential_expiry', incidentId: s.incident.id } });
    expect(first.body.factor.description).toContain(s.onBase.title);
    expect(first.body.factor.description).toContain(`/changes/${s.onBase.id}`);

    const again = await callRoute(linkRoute, { method: 'POST', headers: s.responder.headers, params: { ref: s.incident.reference }, body: { change: s.onBase.id } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, factor: { id: first.body.factor.id } });

    const analysis = await listFactors(db, { actor: viewer.actor, ref: s.incident.reference });
    expect(analysis.items.filter((f) => f.kind === 'trigger').map((f) => f.id)).toEqual([first.body.factor.id]);
    // The factor shows the change it came from (postmortem document, editor and export).
    expect(analysis.items.find((f) => f.kind === 'trigger')?.change).toMatchObject({ id: s.onBase.id, title: s.onBase.title, kind: 'credential', service: { slug: s.chain.base.slug } });
    const recent = await listRecentChangesForIncident(db, { actor: viewer.actor, ref: s.incident.reference, input: recentChangesQuery.parse({}) });
    expect(recent.items.find((i) => i.change.id === s.onBase.id)?.linkedFactorId).toBe(first.body.factor.id);
    expect(await db.auditLog.count({ where: { entityId: first.body.factor.id, action: 'incident_factor.added' } })).toBe(1);

    const unknown = await callRoute(linkRoute, { method: 'POST', headers: s.responder.headers, params: { ref: s.incident.reference }, body: { change: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.status).toBe(422);
  });
});
