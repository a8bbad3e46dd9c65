// Scheduled maintenance comes from announced changes marked "show on status page": the
// window, the affected component and the public texts in both languages, in the HTML and in
// scheduled-maintenances.json; an in-progress change puts its component under maintenance.
import { describe, expect, it } from 'vitest';
import { PUT as putMaintenance } from '@/app/api/v1/changes/[id]/status-page/route';
import { POST as postStatus } from '@/app/api/v1/changes/[id]/status/route';
import { POST as announce } from '@/app/api/v1/changes/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createPageViaApi, createServiceRow, readPublic, waitFor } from './support.ts';

const db = testDb();

describe('scheduled maintenance', () => {
  it('shows a marked change with its window and bilingual texts; hides unmarked ones; in progress → under maintenance', async () => {
    const admin = await createTestActor(db, 'admin');
    const responder = await createTestActor(db, 'responder');
    const svc = await createServiceRow(db, 'CRM');
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Acme', visibility: 'public', components: [{ service: svc.slug }] });
    const scheduledAt = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const endsAt = new Date(Date.now() + 4 * 3_600_000).toISOString();
    const marked = await callRoute(announce, { method: 'POST', headers: responder.headers, body: { service: svc.slug, kind: 'credential', title: uniqueId('Rotate CRM token internal'), scheduledAt } });
    const unmarked = await callRoute(announce, { method: 'POST', headers: responder.headers, body: { service: svc.slug, kind: 'deployment', title: uniqueId('UNMARKED change'), scheduledAt } });
    expect(marked.status).toBe(201);

    const set = await callRoute(putMaintenance, {
      method: 'PUT', headers: responder.headers, params: { id: marked.body.id },
      body: { show: true, endsAt, impact: 'partial_outage', title: { en: 'CRM maintenance', zhCN: 'CRM 系统维护' }, note: { en: 'Log customer calls on paper', zhCN: '请先纸质记录客户来电' } },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ show: true, impact: 'partial_outage', endsAt: new Date(endsAt).toISOString() });
    const bad = await callRoute(putMaintenance, { method: 'PUT', headers: responder.headers, params: { id: marked.body.id }, body: { show: true, endsAt: new Date(Date.now() - 3_600_000).toISOString() } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('endsAt');

    const json = await waitFor(async () => {
      const r = await readPublic(slug, 'maintenances');
      return r.body.scheduled_maintenances.length ? r : null;
    });
    expect(json.body.scheduled_maintenances).toHaveLength(1);
    expect(json.body.scheduled_maintenances[0]).toMatchObject({
      id: marked.body.id, name: 'CRM maintenance', status: 'scheduled', impact: 'maintenance',
      scheduled_for: new Date(scheduledAt).toISOString(), scheduled_until: new Date(endsAt).toISOString(),
    });
    expect(json.body.scheduled_maintenances[0].components.map((c: { name: string }) => c.name)).toEqual(['CRM']);
    const html = (await readPublic(slug, 'html', { 'accept-language': 'zh-CN' })).body as string;
    expect(html).toContain('CRM 系统维护');
    expect(html).toContain('请先纸质记录客户来电');
    expect(html).toContain('预计影响：部分中断');
    expect(html).not.toContain(unmarked.body.title);
    expect(html).not.toContain(marked.body.title);

    expect((await callRoute(postStatus, { method: 'POST', headers: responder.headers, params: { id: marked.body.id }, body: { status: 'in_progress' } })).status).toBe(200);
    const summary = await waitFor(async () => {
      const r = await readPublic(slug, 'summary');
      return r.body.components[0].status === 'under_maintenance' ? r : null;
    });
    expect(summary.body.scheduled_maintenances[0].status).toBe('in_progress');
    expect(summary.body.status.description).toBe('Service Under Maintenance');
  });
});
