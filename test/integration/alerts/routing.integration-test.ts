// Routing beyond the basics: announced changes (correlation and the expected-alerts hold),
// flapping, two workers routing one new group at once, and "test a rule".
import { describe, expect, it } from 'vitest';
import { POST as testRuleRoute } from '@/app/api/v1/alert-rules/test/route';
import { POST as createRuleRoute } from '@/app/api/v1/alert-rules/route';
import { PUT as expectAlertsRoute } from '@/app/api/v1/changes/[id]/alert-expectation/route';
import { processAlertEvents } from '@/lib/alerts/process-alert-events';
import { releaseHeldAlerts } from '@/lib/alerts/release-held-alerts';
import { createDb } from '@/lib/db/client';
import { callRoute } from '../../support/actors';
import { testDb, testDatabaseUrl, uniqueId } from '../../support/db';
import { adminActor, amAlert, amBody, createService, createSource, postWebhook, routeAll, settings } from './support';

const db = testDb();
const keyOf = (s: { url: string }) => s.url.split('/').pop()!;

async function announce(serviceId: string, title: string, opts: { startedMinutesAgo: number; status?: 'in_progress' | 'completed'; finishedMinutesAgo?: number }) {
  const now = Date.now();
  return db.changeEvent.create({
    data: {
      serviceId, kind: 'credential', title, scheduledAt: new Date(now - opts.startedMinutesAgo * 60_000), startedAt: new Date(now - opts.startedMinutesAgo * 60_000),
      status: opts.status ?? 'in_progress', finishedAt: opts.finishedMinutesAgo !== undefined ? new Date(now - opts.finishedMinutesAgo * 60_000) : null,
      noticePeriodHours: 24, shortNotice: false, announcedByLabel: 'test',
    },
    select: { id: true },
  });
}

describe('alerts meet announced changes', () => {
  it('names a change on a dependency as the suspected trigger, on the alert and in the incident', async () => {
    const auth = await createService(db, 'auth');
    const crm = await createService(db, 'crm');
    await db.serviceDependency.create({ data: { serviceId: crm.id, dependsOnId: auth.id } });
    const title = `OAuth token TTL 24h → 1h ${uniqueId('c')}`;
    const change = await announce(auth.id, title, { startedMinutesAgo: 5 });
    const source = await createSource(db, 'alertmanager');
    await postWebhook('alertmanager', keyOf(source), amBody([amAlert({ alertname: uniqueId('CrmCallsFailing'), service: crm.slug, severity: 'critical' }, { startsAt: new Date(Date.now() - 60_000).toISOString() })]));
    await routeAll(db);
    const alert = await db.alert.findFirst({ where: { sourceId: source.id }, select: { correlation: true, correlatedChangeId: true, incidentId: true, outcome: true } });
    expect(alert).toMatchObject({ outcome: 'declared', correlatedChangeId: change.id, correlation: { title, service: auth.slug, minutes: 4, relation: 'during' } });
    const incident = await db.incident.findUnique({ where: { id: alert!.incidentId! }, select: { summary: true, timeline: { where: { kind: 'alert' }, select: { body: true } } } });
    expect(incident!.summary).toContain(`Started 4 min after '${title}' began on ${auth.slug}`);
    expect(incident!.timeline[0]!.body).toContain(`after '${title}'`);
  });

  it('holds alerts during a change that expects them, and routes them once the window and grace are over', async () => {
    const svc = await createService(db, 'db');
    const change = await announce(svc.id, `Failover drill ${uniqueId('c')}`, { startedMinutesAgo: 10 });
    const a = await adminActor(db);
    const marked = await callRoute(expectAlertsRoute, { method: 'PUT', path: `/api/v1/changes/${change.id}/alert-expectation`, headers: a.headers, body: { graceMinutes: 15 }, params: { id: change.id } });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ changeId: change.id, expectAlerts: true, graceMinutes: 15 });

    const source = await createSource(db, 'alertmanager');
    await postWebhook('alertmanager', keyOf(source), amBody([amAlert({ alertname: uniqueId('ReplicaLag'), service: svc.slug, severity: 'critical' })]));
    await routeAll(db);
    let alert = await db.alert.findFirst({ where: { sourceId: source.id }, select: { id: true, outcome: true, duringChangeId: true, incidentId: true } });
    expect(alert).toMatchObject({ outcome: 'held', duringChangeId: change.id, incidentId: null });

    // Finished 10 minutes ago, grace 15: still held.
    await db.changeEvent.update({ where: { id: change.id }, data: { status: 'completed', finishedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await releaseHeldAlerts(db, new Date())).toBe(0);
    // 20 minutes after it finished the alert, still firing, is routed and declares.
    expect(await releaseHeldAlerts(db, new Date(Date.now() + 10 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await releaseHeldAlerts(db, new Date(Date.now() + 10 * 60_000))).toBe(0);
    await processAlertEvents(db, settings, { max: 500, now: () => new Date(Date.now() + 10 * 60_000) });
    alert = await db.alert.findFirst({ where: { sourceId: source.id }, select: { id: true, outcome: true, duringChangeId: true, incidentId: true } });
    expect(alert!.outcome).toBe('declared');
    expect(alert!.incidentId).not.toBeNull();
  });
});

describe('flapping', () => {
  it('stops adding timeline entries for an alert that fires and resolves too often', async () => {
    const svc = await createService(db);
    const source = await createSource(db, 'alertmanager');
    const alert = amAlert({ alertname: uniqueId('Flappy'), service: svc.slug, severity: 'critical' });
    for (let i = 0; i < 7; i++) {
      await postWebhook('alertmanager', keyOf(source), amBody([alert]));
      await postWebhook('alertmanager', keyOf(source), amBody([{ ...alert, status: 'resolved', endsAt: new Date().toISOString() }]));
    }
    await routeAll(db);
    const row = await db.alert.findFirst({ where: { sourceId: source.id }, select: { flapping: true, incidentId: true } });
    expect(row!.flapping).toBe(true);
    const entries = await db.timelineEntry.count({ where: { incidentId: row!.incidentId!, kind: 'alert' } });
    // 4 firings (ALERT_FLAP_COUNT) and their resolutions are told; then it goes quiet.
    expect(entries).toBeLessThanOrEqual(2 * settings.ALERT_FLAP_COUNT);
    expect(await db.alertEvent.count({ where: { alertId: (await db.alert.findFirst({ where: { sourceId: source.id }, select: { id: true } }))!.id } })).toBe(14);
  });
});

describe('concurrency', () => {
  it('two workers routing a new group at once open one incident', async () => {
    const svc = await createService(db);
    const source = await createSource(db, 'alertmanager');
    const name = uniqueId('Burst');
    const alerts = Array.from({ length: 12 }, (_, i) => amAlert({ alertname: name, service: svc.slug, severity: 'critical', instance: String(i) }));
    await postWebhook('alertmanager', keyOf(source), amBody(alerts));
    const other = createDb(testDatabaseUrl(), { max: 2 });
    try {
      await Promise.all([processAlertEvents(db, settings, { max: 500 }), processAlertEvents(other, settings, { max: 500 }), processAlertEvents(other, settings, { max: 500 })]);
    } finally {
      await other.$disconnect();
    }
    await routeAll(db);
    const rows = await db.alert.findMany({ where: { sourceId: source.id }, select: { incidentId: true } });
    expect(new Set(rows.map((r) => r.incidentId)).size).toBe(1);
    expect(await db.timelineEntry.count({ where: { incidentId: rows[0]!.incidentId!, kind: 'alert' } })).toBe(12);
  });
});

describe('test a rule', () => {
  it('shows what a rule would do with a pasted payload and with the last alerts, saving nothing', async () => {
    const svc = await createService(db);
    const source = await createSource(db, 'alertmanager');
    const a = await adminActor(db);
    const rule = { name: 'Page on checkout', matchers: [{ field: 'labels.team', op: 'equals', value: 'checkout' }], action: 'declare', titleTemplate: '{{alertname}} ({{team}})', severityMap: { critical: 'SEV1' } };
    const payload = amBody([amAlert({ alertname: 'Errors', team: 'checkout', severity: 'critical', service: svc.slug }), amAlert({ alertname: 'Errors', team: 'search', severity: 'critical' })]);
    const res = await callRoute(testRuleRoute, { method: 'POST', path: '/api/v1/alert-rules/test', headers: a.headers, body: { source: source.id, rule, payload } });
    expect(res.status).toBe(200);
    expect(res.body.items).toMatchObject([
      { matched: true, action: 'declare', service: svc.slug, severity: 'SEV1', title: 'Errors (checkout)' },
      { matched: false, action: 'no match', title: null },
    ]);
    expect(await db.alert.count({ where: { sourceId: source.id } })).toBe(0);

    await postWebhook('alertmanager', keyOf(source), payload);
    const back = await callRoute(testRuleRoute, { method: 'POST', path: '/api/v1/alert-rules/test', headers: a.headers, body: { source: source.id, rule } });
    expect(back.body.items.filter((i: { matched: boolean }) => i.matched)).toHaveLength(1);

    const bad = await callRoute(testRuleRoute, { method: 'POST', path: '/api/v1/alert-rules/test', headers: a.headers, body: { source: source.id, rule: { ...rule, matchers: [{ field: 'summary', op: 'regex', value: '(' }] } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('matchers.0.value');
    const badPayload = await callRoute(testRuleRoute, { method: 'POST', path: '/api/v1/alert-rules/test', headers: a.headers, body: { source: source.id, rule, payload: { alerts: 'no' } } });
    expect(badPayload.status).toBe(422);
    expect(badPayload.body.error.issues[0].path).toBe('payload.alerts');

    const saved = await callRoute(createRuleRoute, { method: 'POST', path: '/api/v1/alert-rules', headers: a.headers, body: { ...rule, source: source.id, position: 1 } });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'Page on checkout', position: 1, source: { id: source.id }, groupBy: ['alertname'], resolveOn: 'all' });
  });
});
