// Status pages end to end on a real PostgreSQL, through the route handlers: an admin makes a
// page, a responder sets impact and publishes an update, and an anonymous reader sees it in
// the HTML and in Atlassian Statuspage's JSON shapes, served from the cache and refreshed by
// LISTEN/NOTIFY after each write.
import { describe, expect, it } from 'vitest';
import { PUT as putImpact } from '@/app/api/v1/incidents/[ref]/impact/route';
import { POST as postUpdate } from '@/app/api/v1/incidents/[ref]/stakeholder-updates/route';
import { PATCH as patchIncident } from '@/app/api/v1/incidents/[ref]/route';
import { getIncidentEventListener } from '@/lib/realtime/listener';
import { getStatusPageCache } from '@/lib/status-pages/serve-public';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';
import { createPageViaApi, createServiceRow, readPublic, waitFor } from './support.ts';

const db = testDb();

describe('POST /api/v1/status-pages', () => {
  it('creates a page with grouped components: 201, and the public page lists them as operational', async () => {
    const admin = await createTestActor(db, 'admin');
    const a = await createServiceRow(db, 'Checkout');
    const b = await createServiceRow(db, 'Login');
    const slug = uniqueId('page');
    const res = await createPageViaApi(admin, { slug, title: 'Acme status', visibility: 'public', components: [{ service: a.slug, group: 'Shop' }, { service: b.slug }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug, title: 'Acme status', visibility: 'public', url: `/status/${slug}` });
    expect(res.body.components.map((c: { service: string; group: string }) => [c.service, c.group])).toEqual([[a.slug, 'Shop'], [b.slug, '']]);

    const summary = await readPublic(slug, 'summary');
    expect(summary.status).toBe(200);
    expect(summary.body.page).toMatchObject({ name: 'Acme status', url: `http://localhost/status/${slug}` });
    expect(summary.body.status).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    const comps = summary.body.components.filter((c: { group: boolean }) => !c.group);
    expect(comps.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([['Checkout', 'operational'], ['Login', 'operational']]);
    const group = summary.body.components.find((c: { group: boolean }) => c.group);
    expect(group).toMatchObject({ name: 'Shop', components: [comps[0].id] });
    expect(comps[0].group_id).toBe(group.id);
  });

  it('refuses a responder (403), an unknown service (422 naming it) and a taken slug (409)', async () => {
    const admin = await createTestActor(db, 'admin');
    const responder = await createTestActor(db, 'responder');
    const a = await createServiceRow(db);
    const slug = uniqueId('page');
    expect((await createPageViaApi(responder, { slug, title: 'x', visibility: 'public', components: [] })).status).toBe(403);
    const bad = await createPageViaApi(admin, { slug, title: 'x', visibility: 'public', components: [{ service: a.slug }, { service: 'no-such-service' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues).toEqual([expect.objectContaining({ path: 'components.1.service' })]);
    const vis = await createPageViaApi(admin, { slug, title: 'x', visibility: 'secret', components: [] });
    expect(vis.status).toBe(422);
    expect(vis.body.error.issues[0]).toMatchObject({ path: 'visibility', message: 'Choose public or internal.' });
    expect(await db.statusPage.count({ where: { slug } })).toBe(0);
    expect((await createPageViaApi(admin, { slug, title: 'x', visibility: 'public' })).status).toBe(201);
    expect((await createPageViaApi(admin, { slug, title: 'y', visibility: 'public' })).status).toBe(409);
  });
});

describe('impact and publishing', () => {
  it('shows the worst open impact and the published update; resolving returns the component to operational', async () => {
    const admin = await createTestActor(db, 'admin');
    const responder = await createTestActor(db, 'responder');
    const a = await createServiceRow(db, 'Payments');
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Acme', visibility: 'public', components: [{ service: a.slug }] });
    const inc = await declare(db, responder.actor, { services: [a.slug], title: 'Card payments failing' });
    expect((await readPublic(slug, 'status')).body.status.indicator).toBe('none');

    const impact = await callRoute(putImpact, { method: 'PUT', headers: responder.headers, params: { ref: inc.reference }, body: { components: [{ service: a.slug, impact: 'partial_outage' }] } });
    expect(impact.status).toBe(200);
    expect(impact.body.components).toEqual([expect.objectContaining({ service: a.slug, impact: 'partial_outage' })]);
    await waitFor(async () => (await readPublic(slug, 'status')).body.status.indicator === 'major');

    await callRoute(putImpact, { method: 'PUT', headers: responder.headers, params: { ref: inc.reference }, body: { components: [{ service: a.slug, impact: 'major_outage' }] } });
    const text = uniqueId('Card payments fail for some customers');
    const posted = await callRoute(postUpdate, {
      method: 'POST',
      headers: responder.headers,
      params: { ref: inc.reference },
      body: { whatIsHappening: 'internal wording', whatWeAreDoing: 'rolling back', nextUpdateAt: null, statusPages: [slug], publicText: { en: text, zhCN: '部分客户刷卡支付失败' }, workaround: { en: 'Take cash or record the order on paper', zhCN: '请先收现金或纸质登记' } },
    });
    expect(posted.status).toBe(201);

    const summary = await waitFor(async () => {
      const s = await readPublic(slug, 'summary');
      return s.body.incidents.length ? s : null;
    });
    expect(summary.body.status).toEqual({ indicator: 'critical', description: 'Major System Outage' });
    expect(summary.body.components[0].status).toBe('major_outage');
    const [incident] = summary.body.incidents;
    expect(incident).toMatchObject({ name: 'Card payments failing', status: 'investigating', impact: 'critical', page_id: summary.body.page.id });
    expect(incident.incident_updates).toHaveLength(1);
    expect(incident.incident_updates[0].body).toBe(`${text}\n\nMeanwhile: Take cash or record the order on paper`);
    expect(incident.components.map((c: { name: string }) => c.name)).toEqual(['Payments']);

    const page = await readPublic(slug, 'html');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain(text);
    expect(page.body).toContain('Take cash or record the order on paper');
    expect(page.body).toContain('Major System Outage');
    const zh = await readPublic(slug, 'html', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(zh.body).toContain('<html lang="zh-CN"');
    expect(zh.body).toContain('部分客户刷卡支付失败');
    expect(zh.body).toContain('请先收现金或纸质登记');
    expect(zh.body).toContain('服务严重中断');
    expect(zh.body).toContain('严重中断');
    const zhJson = await readPublic(slug, 'summary', {}, '?lang=zh-CN');
    expect(zhJson.body.incidents[0].incident_updates[0].body).toBe('部分客户刷卡支付失败\n\n在此期间：请先收现金或纸质登记');

    const resolved = await callRoute(patchIncident, { method: 'PATCH', headers: responder.headers, params: { ref: inc.reference }, body: { version: (await db.incident.findUniqueOrThrow({ where: { id: inc.id } })).version, status: 'resolved' } });
    expect(resolved.status).toBe(200);
    const after = await waitFor(async () => {
      const s = await readPublic(slug, 'summary');
      return s.body.status.indicator === 'none' ? s : null;
    });
    expect(after.body.components[0].status).toBe('operational');
    expect(after.body.incidents).toEqual([]);
    const history = await readPublic(slug, 'incidents');
    expect(history.body.incidents[0]).toMatchObject({ id: inc.id, status: 'resolved' });
    expect(history.body.incidents[0].resolved_at).not.toBeNull();
  });

  it('publishes with only statusPages: the update text defaults to what is happening and what we are doing', async () => {
    const admin = await createTestActor(db, 'admin');
    const responder = await createTestActor(db, 'responder');
    const a = await createServiceRow(db);
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Acme', visibility: 'public', components: [{ service: a.slug }] });
    const inc = await declare(db, responder.actor, { services: [a.slug] });
    const happening = uniqueId('Orders are slow');
    const res = await callRoute(postUpdate, { method: 'POST', headers: responder.headers, params: { ref: inc.reference }, body: { whatIsHappening: happening, whatWeAreDoing: 'Adding capacity', nextUpdateAt: null, statusPages: [slug] } });
    expect(res.status).toBe(201);
    const s = await waitFor(async () => {
      const r = await readPublic(slug, 'summary');
      return r.body.incidents.length ? r : null;
    });
    expect(s.body.incidents[0].incident_updates[0].body).toBe(`${happening}\n\nAdding capacity`);
  });

  it('shows an update published for an incident that names no service at all', async () => {
    const admin = await createTestActor(db, 'admin');
    const responder = await createTestActor(db, 'responder');
    const a = await createServiceRow(db);
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Acme', visibility: 'public', components: [{ service: a.slug }] });
    const inc = await declare(db, responder.actor, { title: 'Email delays' });
    const text = uniqueId('Some emails arrive late');
    expect((await callRoute(postUpdate, { method: 'POST', headers: responder.headers, params: { ref: inc.reference }, body: { whatIsHappening: text, whatWeAreDoing: 'Watching the queue', nextUpdateAt: null, statusPages: [slug] } })).status).toBe(201);
    const s = await waitFor(async () => {
      const r = await readPublic(slug, 'summary');
      return r.body.incidents.length ? r : null;
    });
    expect(s.body.incidents[0]).toMatchObject({ name: 'Email delays', components: [] });
    expect(s.body.status.indicator).toBe('none');
  });

  it('answers 422 naming an unknown page or service, and writes nothing', async () => {
    const responder = await createTestActor(db, 'responder');
    const a = await createServiceRow(db);
    const inc = await declare(db, responder.actor, { services: [a.slug] });
    const res = await callRoute(postUpdate, { method: 'POST', headers: responder.headers, params: { ref: inc.reference }, body: { whatIsHappening: 'x', whatWeAreDoing: 'y', nextUpdateAt: null, statusPages: ['no-such-page'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toEqual([expect.objectContaining({ path: 'statusPages.0' })]);
    expect(await db.timelineEntry.count({ where: { incidentId: inc.id, kind: 'stakeholder_update' } })).toBe(0);
    const bad = await callRoute(putImpact, { method: 'PUT', headers: responder.headers, params: { ref: inc.reference }, body: { components: [{ service: a.slug, impact: 'down' }] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('components.0.impact');
    const viewer = await createTestActor(db, 'viewer');
    expect((await callRoute(putImpact, { method: 'PUT', headers: viewer.headers, params: { ref: inc.reference }, body: { components: [{ service: a.slug, impact: 'major_outage' }] } })).status).toBe(403);
    expect(await db.incidentImpact.count({ where: { incidentId: inc.id } })).toBe(0);
  });
});

describe('cache', () => {
  it('serves repeated views from memory (no rebuild), answers 304 to a matching ETag, and rebuilds after a write', async () => {
    const admin = await createTestActor(db, 'admin');
    const a = await createServiceRow(db);
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Cached', visibility: 'public', components: [{ service: a.slug }] });
    const cache = getStatusPageCache();
    expect(await getIncidentEventListener().ready()).toBe(true);
    await readPublic(slug, 'html');
    await new Promise((r) => setTimeout(r, 300)); // NOTIFYs of earlier tests' writes settle
    const first = await readPublic(slug, 'html');
    const misses = cache.misses;
    for (let i = 0; i < 20; i++) await readPublic(slug, 'html');
    expect(cache.misses).toBe(misses);
    const etag = first.headers.get('etag')!;
    const notModified = await readPublic(slug, 'html', { 'if-none-match': etag });
    expect(notModified.status).toBe(304);

    await db.service.update({ where: { id: a.id }, data: { name: 'Renamed service' } });
    const renamed = await waitFor(async () => {
      const r = await readPublic(slug, 'html', { 'if-none-match': etag });
      return r.status === 200 ? r : null;
    }, 2_000);
    expect(renamed.body).toContain('Renamed service');
  });
});
