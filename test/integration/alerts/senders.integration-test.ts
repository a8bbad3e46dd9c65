// Grafana's documented webhook body and the PagerDuty Events API v2 (fixtures from their docs):
// what each sender gets back, and the alerts they leave.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GET as getAlertRoute } from '@/app/api/v1/alerts/[id]/route';
import { POST as enqueueRoute } from '@/app/v2/enqueue/route';
import { callRoute } from '../../support/actors';
import { testDb, uniqueId } from '../../support/db';
import { adminActor, createService, createSource, postEvent, postWebhook, routeAll } from './support';

const db = testDb();
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/alerts/${name}`, import.meta.url), 'utf8'));

describe('Grafana contact point', () => {
  it('stores each alert with its labels, annotations and values, deduplicated on fingerprint', async () => {
    const source = await createSource(db, 'grafana');
    const key = source.url.split('/').pop()!;
    expect(source.url).toBe(`/api/v1/alerts/grafana/${key}`);
    const body = fixture('grafana-webhook.json');
    const res = await postWebhook('grafana', key, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 2, queued: 2 });
    expect((await postWebhook('grafana', key, body)).body).toMatchObject({ accepted: 2, queued: 0 });

    const row = await db.alert.findUnique({ where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: 'c6eadffa33fcdf37' } }, select: { id: true } });
    const a = await adminActor(db);
    const detail = await callRoute(getAlertRoute, { path: `/api/v1/alerts/${row!.id}`, headers: a.headers, params: { id: row!.id } });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      status: 'firing', summary: 'This alert was triggered for zone us-1', occurrences: 2, endsAt: null,
      labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
      annotations: { runbook_url: 'https://runbooks.example/memory', values: '{"B":44.23943737541908,"C":1}' },
      startsAt: '2026-12-04T07:51:03.157Z',
    });
    expect(detail.body.payload.silenceURL).toContain('grafana.example');
    expect(detail.body.history).toHaveLength(1);
    const cpu = await db.alert.findUnique({ where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: 'bc97ff14869b13e3' } }, select: { annotations: true } });
    expect((cpu!.annotations as Record<string, string>).valueString).toContain("var='B'");
  });
});

describe('PagerDuty Events API v2', () => {
  it('answers 202 as PagerDuty does; trigger, acknowledge and resolve move one alert', async () => {
    const svc = await createService(db, 'mysql');
    const source = await createSource(db, 'events');
    const key = source.key;
    expect(source.url).toBe('/api/v1/alerts/events');
    const dedup = uniqueId('dedup');
    const trigger = { ...fixture('pagerduty-trigger.json'), routing_key: key, dedup_key: dedup };
    trigger.payload.custom_details.service = svc.slug;

    const res = await postEvent(trigger);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'success', message: 'Event processed', dedup_key: dedup });
    await routeAll(db);
    const alert = await db.alert.findUnique({ where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: dedup } }, select: { status: true, severity: true, labels: true, annotations: true, payload: true, incident: { select: { number: true, severity: true } }, service: { select: { slug: true } } } });
    expect(alert).toMatchObject({ status: 'firing', severity: 'critical', service: { slug: svc.slug }, incident: { severity: 'SEV1' } });
    expect(alert!.annotations).toMatchObject({ 'free space': '1%', 'link.1': 'Link text https://example.com/' });
    expect(JSON.stringify(alert!.payload)).not.toContain(key);

    const ack = await postEvent({ routing_key: key, event_action: 'acknowledge', dedup_key: dedup });
    expect(ack.status).toBe(202);
    expect((await db.alert.findUnique({ where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: dedup } }, select: { status: true } }))!.status).toBe('acknowledged');
    // A trigger while acknowledged stays acknowledged.
    await postEvent(trigger);
    expect((await db.alert.findUnique({ where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: dedup } }, select: { status: true, occurrences: true } }))).toMatchObject({ status: 'acknowledged', occurrences: 3 });

    // The same through PagerDuty's own path.
    const resolve = await callRoute(enqueueRoute, { method: 'POST', path: '/v2/enqueue', headers: { 'content-type': 'application/json' }, body: { routing_key: key, event_action: 'resolve', dedup_key: dedup } });
    expect(resolve.status).toBe(202);
    expect(resolve.body.dedup_key).toBe(dedup);
    await routeAll(db);
    const resolved = await db.alert.findUnique({ where: { sourceId_dedupKey: { sourceId: source.id, dedupKey: dedup } }, select: { status: true, endsAt: true, events: { select: { status: true }, orderBy: { id: 'asc' } } } });
    expect(resolved!.status).toBe('resolved');
    expect(resolved!.endsAt).not.toBeNull();
    expect(resolved!.events.map((e) => e.status)).toEqual(['firing', 'acknowledged', 'resolved']);
  });

  it('gives a trigger without dedup_key one, and a retried identical trigger the same one', async () => {
    const source = await createSource(db, 'events');
    const trigger = { ...fixture('pagerduty-trigger.json'), routing_key: source.key };
    delete trigger.dedup_key;
    trigger.payload.summary = uniqueId('summary');
    const first = await postEvent(trigger);
    expect(first.status).toBe(202);
    expect(first.body.dedup_key).toMatch(/^[0-9a-f]{32}$/);
    const retry = await postEvent(trigger);
    expect(retry.body.dedup_key).toBe(first.body.dedup_key);
    expect(await db.alert.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it('refuses bad events naming the field, and unknown routing keys with 404', async () => {
    const source = await createSource(db, 'events');
    const noPayload = await postEvent({ routing_key: source.key, event_action: 'trigger' });
    expect(noPayload.status).toBe(422);
    expect(noPayload.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['payload']);
    const badSeverity = await postEvent({ routing_key: source.key, event_action: 'trigger', payload: { summary: 's', source: 'h', severity: 'fatal' } });
    expect(badSeverity.status).toBe(422);
    expect(badSeverity.body.error.issues[0]).toMatchObject({ path: 'payload.severity', message: 'payload.severity is critical, error, warning or info.' });
    const badAction = await postEvent({ routing_key: source.key, event_action: 'explode', dedup_key: 'x' });
    expect(badAction.body.error.issues[0].path).toBe('event_action');
    expect((await postEvent({ routing_key: 'fba_unknown', event_action: 'resolve', dedup_key: 'x' })).status).toBe(404);
    expect((await postEvent({ event_action: 'resolve', dedup_key: 'x' })).status).toBe(422);
    const rejections = await db.alertRejection.findMany({ where: { sourceId: source.id } });
    expect(rejections).toHaveLength(3);
    expect(rejections.every((r) => !r.body.includes('"fba_unknown"'))).toBe(true);
  });
});
