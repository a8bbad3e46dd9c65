// The receive path and routing through the route handlers: an Alertmanager group opens one
// incident, repeats add nothing, resolution follows the rule; bad input is refused with a JSON
// error naming what was wrong and listed on the source.
import { describe, expect, it } from 'vitest';
import { GET as getSourceRoute } from '@/app/api/v1/alert-sources/[id]/route';
import { GET as listAlertsRoute } from '@/app/api/v1/alerts/route';
import { GET as incidentAlertsRoute } from '@/app/api/v1/incidents/[ref]/alerts/route';
import { callRoute } from '../../support/actors';
import { testDb, uniqueId } from '../../support/db';
import { adminActor, amAlert, amBody, createService, createSource, postWebhook, routeAll } from './support';

const db = testDb();

async function alertsOf(sourceId: string) {
  const a = await adminActor(db);
  const res = await callRoute(listAlertsRoute, { path: `/api/v1/alerts?source=${sourceId}`, headers: a.headers });
  expect(res.status).toBe(200);
  return res.body.items as { id: string; dedupKey: string; status: string; occurrences: number; incident: { reference: string } | null; severity: string; service: { slug: string } | null }[];
}

describe('Alertmanager webhook', () => {
  it('opens one incident per group, and repeats change only lastSeenAt and the count', async () => {
    const svc = await createService(db, 'auth');
    const source = await createSource(db, 'alertmanager');
    const name = uniqueId('HighErrorRate');
    const a1 = amAlert({ alertname: name, service: svc.slug, severity: 'critical', instance: 'a' });
    const a2 = amAlert({ alertname: name, service: svc.slug, severity: 'critical', instance: 'b' });
    const key = source.url.split('/').pop()!;
    expect(source.url).toBe(`/api/v1/alerts/alertmanager/${key}`);

    const first = await postWebhook('alertmanager', key, amBody([a1, a2]));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ accepted: 2, queued: 2 });
    await routeAll(db);

    // The same group again (Alertmanager's repeat_interval): nothing new.
    const again = await postWebhook('alertmanager', key, amBody([a1, a2]));
    expect(again.body).toMatchObject({ accepted: 2, queued: 0 });
    await routeAll(db);

    const alerts = await alertsOf(source.id);
    expect(alerts).toHaveLength(2);
    expect(alerts.every((a) => a.occurrences === 2 && a.status === 'firing')).toBe(true);
    const refs = new Set(alerts.map((a) => a.incident?.reference));
    expect(refs.size).toBe(1);
    const ref = [...refs][0]!;
    expect(ref).toMatch(/^INC-\d+$/);

    const incident = await db.incident.findUnique({ where: { number: Number(ref.slice(4)) }, select: { id: true, title: true, severity: true, status: true, timeline: { where: { kind: 'alert' }, select: { body: true } } } });
    expect(incident).toMatchObject({ title: `${name} on ${svc.slug}`, severity: 'SEV1', status: 'investigating' });
    // One alert entry per new alert of the group; the repeats added none.
    expect(incident!.timeline).toHaveLength(2);

    const a = await adminActor(db);
    const listed = await callRoute(incidentAlertsRoute, { path: `/api/v1/incidents/${ref}/alerts`, headers: a.headers, params: { ref } });
    expect(listed.body.items.map((x: { dedupKey: string }) => x.dedupKey).sort()).toEqual([a1.fingerprint, a2.fingerprint].sort());

    // Resolution with the default rule ("note"): the incident stays open, the timeline says so.
    await postWebhook('alertmanager', key, amBody([{ ...a1, status: 'resolved', endsAt: new Date().toISOString() }, { ...a2, status: 'resolved', endsAt: new Date().toISOString() }]));
    await routeAll(db);
    const after = await db.incident.findUnique({ where: { id: incident!.id }, select: { status: true, timeline: { where: { kind: 'alert' }, select: { body: true } } } });
    expect(after!.status).toBe('investigating');
    expect(after!.timeline.filter((e) => e.body.startsWith('Alert resolved'))).toHaveLength(2);
  });

  it('records (does not declare) a warning, telling the owner team, and an alert of no known service', async () => {
    const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'Owners' }, select: { id: true } });
    const svc = await createService(db);
    await db.service.update({ where: { id: svc.id }, data: { ownerTeamId: team.id } });
    const source = await createSource(db, 'alertmanager');
    const key = source.url.split('/').pop()!;
    await postWebhook('alertmanager', key, amBody([amAlert({ alertname: uniqueId('Warn'), service: svc.slug, severity: 'warning' }), amAlert({ alertname: uniqueId('Crit'), service: 'no-such-service', severity: 'critical' })]));
    await routeAll(db);
    const alerts = await alertsOf(source.id);
    expect(alerts.map((a) => a.incident)).toEqual([null, null]);
    const rows = await db.alert.findMany({ where: { sourceId: source.id }, select: { outcome: true } });
    expect(rows.map((r) => r.outcome)).toEqual(['recorded', 'recorded']);
    const inbox = await db.notificationMessage.findMany({ where: { recipientTeamId: team.id, event: 'alert_recorded' }, select: { channelType: true, payload: true } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ channelType: 'inbox', payload: { serviceName: `Service ${svc.slug}`, severity: 'warning' } });
    expect((inbox[0]!.payload as { linkPath: string }).linkPath).toMatch(/^\/alerts\/[0-9a-f-]{36}$/);
  });

  it('resolves the incident when all its alerts resolved, per the rule; a human-resolved incident stays resolved', async () => {
    const svc = await createService(db);
    const source = await createSource(db, 'alertmanager', svc.slug);
    await db.alertRule.updateMany({ where: { sourceId: source.id, action: 'declare' }, data: { resolveAction: 'resolve', resolveOn: 'all' } });
    const key = source.url.split('/').pop()!;
    const name = uniqueId('Down');
    // No service label: the source's default service applies.
    const a1 = amAlert({ alertname: name, severity: 'critical', instance: '1' });
    const a2 = amAlert({ alertname: name, severity: 'critical', instance: '2' });
    await postWebhook('alertmanager', key, amBody([a1, a2]));
    await routeAll(db);
    const [first] = await alertsOf(source.id);
    const number = Number(first!.incident!.reference.slice(4));

    await postWebhook('alertmanager', key, amBody([{ ...a1, status: 'resolved', endsAt: new Date().toISOString() }, a2]));
    await routeAll(db);
    expect((await db.incident.findUnique({ where: { number }, select: { status: true } }))!.status).toBe('investigating');

    await postWebhook('alertmanager', key, amBody([{ ...a2, status: 'resolved', endsAt: new Date().toISOString() }]));
    await routeAll(db);
    expect((await db.incident.findUnique({ where: { number }, select: { status: true } }))!.status).toBe('resolved');

    // Re-fire after resolution: the alert re-opens and (rule: declare) opens a new incident.
    await postWebhook('alertmanager', key, amBody([a1]));
    await routeAll(db);
    const refired = await db.alert.findFirst({ where: { sourceId: source.id, dedupKey: a1.fingerprint }, select: { status: true, incident: { select: { number: true, status: true } } } });
    expect(refired!.status).toBe('firing');
    expect(refired!.incident!.number).not.toBe(number);
    expect(refired!.incident!.status).toBe('investigating');
    // A late resolve of the old episode's other alert does not touch the resolved incident.
    expect((await db.incident.findUnique({ where: { number }, select: { status: true } }))!.status).toBe('resolved');
  });
});

describe('bad input', () => {
  it('answers JSON errors naming the problem, and lists them on the source', async () => {
    const source = await createSource(db, 'alertmanager');
    const key = source.url.split('/').pop()!;
    const notJson = await postWebhook('alertmanager', key, '{"alerts": [', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('bad_request');
    const wrongType = await postWebhook('alertmanager', key, 'alerts=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(wrongType.status).toBe(415);
    const missing = await postWebhook('alertmanager', key, { version: '4' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.issues.map((i: { path: string }) => i.path)).toContain('alerts');
    const badStatus = await postWebhook('alertmanager', key, amBody([{ ...amAlert({ alertname: 'x' }), status: 'burning' as 'firing' }]));
    expect(badStatus.status).toBe(422);
    expect(badStatus.body.error.issues[0].path).toBe('alerts.0.status');
    const unknown = await postWebhook('alertmanager', 'fba_nope', amBody([]));
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');

    const a = await adminActor(db);
    const detail = await callRoute(getSourceRoute, { path: `/api/v1/alert-sources/${source.id}`, headers: a.headers, params: { id: source.id } });
    expect(detail.body.rejectedCount).toBe(4);
    expect(detail.body.rejections.map((r: { status: number }) => r.status).sort()).toEqual([400, 415, 422, 422]);
    expect(detail.body.rejections.find((r: { status: number; reason: string }) => r.reason.includes('alerts.0.status'))).toBeTruthy();
    expect(JSON.stringify(detail.body)).not.toContain(key);
  });

  it('answers 413 for an oversized body and 429 with Retry-After over the rate limit', async () => {
    const source = await createSource(db, 'alertmanager');
    const key = source.url.split('/').pop()!;
    const big = await postWebhook('alertmanager', key, amBody([]), { 'content-type': 'application/json', 'content-length': String(50_000_000) });
    expect(big.status).toBe(413);
    let limited: Awaited<ReturnType<typeof postWebhook>> | undefined;
    // The default limit is 500 a second with bursts of 1,000: 3,000 back-to-back requests exceed it.
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'warn';
    for (let i = 0; i < 3_000 && !limited; i++) {
      const r = await postWebhook('alertmanager', key, amBody([]));
      if (r.status === 429) limited = r;
    }
    process.env.LOG_LEVEL = level;
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited!.body.error.code).toBe('rate_limited');
  });
});
