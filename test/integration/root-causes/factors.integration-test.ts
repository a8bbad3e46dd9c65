// Root-cause factors through the REST API on a real PostgreSQL: adding, listing, editing with a
// version, removing (responders only, audited), and counting by category over a period with
// drills left out.
import { describe, expect, it } from 'vitest';
import { GET as counts } from '@/app/api/v1/factor-counts/route';
import { PUT as putDetection } from '@/app/api/v1/incidents/[ref]/detection/route';
import { DELETE, PATCH } from '@/app/api/v1/incidents/[ref]/factors/[id]/route';
import { GET, POST } from '@/app/api/v1/incidents/[ref]/factors/route';
import { countFactorsByCategory } from '@/lib/root-causes/count-factors-by-category';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { createService, declare } from '../incidents/support.ts';

const db = testDb();

const add = (a: TestActor, ref: string, body: unknown) => callRoute(POST, { method: 'POST', headers: a.headers, params: { ref }, body });
const list = (a: TestActor, ref: string) => callRoute(GET, { headers: a.headers, params: { ref } });
const patch = (a: TestActor, ref: string, id: string, body: unknown) => callRoute(PATCH, { method: 'PATCH', headers: a.headers, params: { ref, id }, body });
const remove = (a: TestActor, ref: string, id: string) => callRoute(DELETE, { method: 'DELETE', headers: a.headers, params: { ref, id } });

async function setup() {
  const responder = await createTestActor(db, 'responder');
  const viewer = await createTestActor(db, 'viewer');
  const incident = await declare(db, responder.actor);
  return { responder, viewer, incident, ref: incident.reference };
}

describe('factors API', () => {
  it('adds factors in order, lists them with the detection record, and audits', async () => {
    const { responder, viewer, ref, incident } = await setup();
    const first = await add(responder, ref, { kind: 'trigger', category: 'configuration_change', description: 'Pool size lowered to 5', fiveWhys: ['Why?', 'Because'] });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ incidentId: incident.id, kind: 'trigger', position: 0, version: 1, fiveWhys: ['Why?', 'Because'] });
    const second = await add(responder, ref, { kind: 'contributing', category: 'monitoring_gap', description: 'No alert on pool saturation' });
    expect(second.body.position).toBe(1);
    const res = await list(viewer, ref);
    expect(res.status).toBe(200);
    expect(res.body.items.map((f: { id: string }) => f.id)).toEqual([first.body.id, second.body.id]);
    expect(res.body.detection).toMatchObject({ version: 0, method: '' });
    expect(await db.auditLog.count({ where: { entityId: first.body.id, action: 'incident_factor.added' } })).toBe(1);
  });

  it('gives readers the description rendered: a Markdown link is a link, not [title](/changes/…)', async () => {
    const { responder, ref } = await setup();
    const res = await add(responder, ref, { kind: 'trigger', category: 'configuration_change', description: 'Change: [Rotate keys](/changes/7d1f3c1e-0000-4000-8000-000000000001) (**auth**)' });
    expect(res.status).toBe(201);
    expect(res.body.descriptionHtml).toContain('<a href="/changes/7d1f3c1e-0000-4000-8000-000000000001"');
    expect(res.body.descriptionHtml).toContain('>Rotate keys</a>');
    expect(res.body.descriptionHtml).toContain('<strong>auth</strong>');
    expect(res.body.descriptionHtml).not.toContain('](');
  });

  it('refuses an unknown category naming the field, and viewers (403, nothing written)', async () => {
    const { responder, viewer, ref, incident } = await setup();
    const bad = await add(responder, ref, { kind: 'trigger', category: 'cosmic_rays', description: 'x' });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body.error.issues)).toContain('category');
    const denied = await add(viewer, ref, { kind: 'trigger', category: 'dns', description: 'x' });
    expect(denied.status).toBe(403);
    expect(await db.incidentFactor.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it('edits with a version (stale → 409 with the current factor) and removes', async () => {
    const { responder, viewer, ref } = await setup();
    const { body: f } = await add(responder, ref, { kind: 'root_cause', category: 'database', description: 'Lock on orders' });
    const ok = await patch(responder, ref, f.id, { version: 1, category: 'capacity', description: 'Connection pool exhausted' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ category: 'capacity', version: 2 });
    const stale = await patch(responder, ref, f.id, { version: 1, description: 'Mine' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ description: 'Connection pool exhausted', version: 2 });
    expect((await remove(viewer, ref, f.id)).status).toBe(403);
    expect((await remove(responder, ref, f.id)).status).toBe(204);
    expect((await list(responder, ref)).body.items).toEqual([]);
    expect((await remove(responder, ref, f.id)).status).toBe(404);
  });

  it('records detection with a version', async () => {
    const { responder, ref } = await setup();
    const put = (body: unknown) => callRoute(putDetection, { method: 'PUT', headers: responder.headers, params: { ref }, body });
    const first = await put({ version: 0, method: 'Customer report', detectedBy: 'Support', whyNotEarlier: 'No alert on error rate' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, detectedBy: 'Support' });
    expect((await put({ version: 0, method: 'x' })).status).toBe(409);
    expect((await put({ version: 1, method: 'Alert' })).body).toMatchObject({ version: 2, method: 'Alert' });
  });
});

describe('countFactorsByCategory', () => {
  it('counts per category over the period, per service and kind, leaving drills out', async () => {
    const responder = await createTestActor(db, 'responder');
    const svc = await createService(db);
    const other = await createService(db);
    const real = await declare(db, responder.actor, { services: [svc.slug] });
    const real2 = await declare(db, responder.actor, { services: [svc.slug] });
    const drill = await declare(db, responder.actor, { services: [svc.slug], drill: true });
    const elsewhere = await declare(db, responder.actor, { services: [other.slug] });
    const f = (incidentId: string, kind: 'trigger' | 'contributing', category: 'configuration_change' | 'dns') =>
      db.incidentFactor.create({ data: { incidentId, kind, category, description: 'x' } });
    await f(real.id, 'trigger', 'configuration_change');
    await f(real.id, 'trigger', 'configuration_change');
    await f(real.id, 'contributing', 'dns');
    await f(real2.id, 'trigger', 'configuration_change');
    await f(drill.id, 'trigger', 'configuration_change');
    await f(elsewhere.id, 'trigger', 'dns');

    const from = new Date(Date.now() - 60_000);
    const to = new Date(Date.now() + 60_000);
    const triggers = await countFactorsByCategory(db, { from, to, kind: 'trigger', service: svc.slug });
    expect(triggers.items).toEqual([{ category: 'configuration_change', factors: 3, incidents: 2 }]);
    const all = await countFactorsByCategory(db, { from, to, service: svc.slug });
    expect(all.items).toEqual([
      { category: 'configuration_change', factors: 3, incidents: 2 },
      { category: 'dns', factors: 1, incidents: 1 },
    ]);
    const before = await countFactorsByCategory(db, { from: new Date(0), to: from, service: svc.slug });
    expect(before.items).toEqual([]);

    const viewer = await createTestActor(db, 'viewer');
    const q = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), service: other.slug });
    const res = await callRoute(counts, { headers: viewer.headers, path: `/api/v1/factor-counts?${q}` });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([{ category: 'dns', factors: 1, incidents: 1 }]);
  });
});
