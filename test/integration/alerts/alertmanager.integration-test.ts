// Against a real Alertmanager (Debian's prometheus-alertmanager): alerts pushed through its own
// API arrive grouped at the webhook, open exactly one incident per group, its repeats add
// nothing, and resolution is applied as the rule says (here: resolve when all resolved).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as alertmanagerRoute } from '@/app/api/v1/alerts/alertmanager/[key]/route';
import { testDb, uniqueId } from '../../support/db';
import { startAlertmanager, type AlertmanagerPeer } from './alertmanager-peer';
import { createService, createSource, routeAll } from './support';

const db = testDb();
let peer: AlertmanagerPeer | null = null;
let source: Awaited<ReturnType<typeof createSource>>;
let service: { id: string; slug: string };

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  service = await createService(db, 'payments');
  source = await createSource(db, 'alertmanager');
  await db.alertRule.updateMany({ where: { sourceId: source.id, action: 'declare' }, data: { resolveAction: 'resolve', resolveOn: 'all' } });
  peer = await startAlertmanager({
    key: source.url.split('/').pop()!,
    handler: alertmanagerRoute,
    route: { groupBy: ['alertname', 'service'], groupWait: '1s', groupInterval: '2s', repeatInterval: '6s' },
  });
  if (!peer) console.warn('!!! prometheus-alertmanager is not available: the real-Alertmanager test is skipped.');
}, 60_000);

afterAll(async () => {
  await peer?.stop();
});

describe('a real Alertmanager', () => {
  it('one incident per group, repeats add nothing, resolution per rule', async (ctx) => {
    if (!peer) return ctx.skip();
    const errors = uniqueId('CallSuccessRateLow');
    const latency = uniqueId('LatencyHigh');
    const inFuture = new Date(Date.now() + 3_600_000).toISOString();
    const labels = (alertname: string, instance: string) => ({ alertname, service: service.slug, severity: 'critical', instance });
    await peer.push([
      { labels: labels(errors, 'a'), annotations: { summary: 'Call success rate below 95%' }, endsAt: inFuture },
      { labels: labels(errors, 'b'), annotations: { summary: 'Call success rate below 95%' }, endsAt: inFuture },
      { labels: labels(latency, 'a'), annotations: { summary: 'p99 latency above 2 s' }, endsAt: inFuture },
    ]);

    await waitFor('three alerts stored', async () => (await db.alert.count({ where: { sourceId: source.id } })) === 3);
    expect(peer.received.every((r) => r.userAgent.startsWith('Alertmanager/'))).toBe(true);
    await routeAll(db);
    const rows = await db.alert.findMany({ where: { sourceId: source.id }, select: { labels: true, incidentId: true, occurrences: true } });
    const incidentOf = (name: string) => new Set(rows.filter((r) => (r.labels as Record<string, string>).alertname === name).map((r) => r.incidentId));
    expect(incidentOf(errors).size).toBe(1);
    expect(incidentOf(latency).size).toBe(1);
    const errorsIncident = [...incidentOf(errors)][0]!;
    const latencyIncident = [...incidentOf(latency)][0]!;
    expect(errorsIncident).not.toBeNull();
    expect(errorsIncident).not.toBe(latencyIncident);

    // Alertmanager re-sends each group at repeat_interval: counted, nothing else.
    const entriesBefore = await db.timelineEntry.count({ where: { incidentId: errorsIncident, kind: 'alert' } });
    expect(entriesBefore).toBe(2);
    await waitFor('a repeat notification', async () => (await db.alert.aggregate({ where: { sourceId: source.id }, _min: { occurrences: true } }))._min.occurrences! >= 2, 25_000);
    await routeAll(db);
    expect(await db.alertEvent.count({ where: { alert: { sourceId: source.id } } })).toBe(3);
    expect(await db.timelineEntry.count({ where: { incidentId: errorsIncident, kind: 'alert' } })).toBe(entriesBefore);

    // Resolve the error-rate group in Alertmanager (endsAt in the past): the incident resolves.
    const past = new Date(Date.now() - 1_000).toISOString();
    await peer.push([
      { labels: labels(errors, 'a'), annotations: { summary: 'Call success rate below 95%' }, endsAt: past },
      { labels: labels(errors, 'b'), annotations: { summary: 'Call success rate below 95%' }, endsAt: past },
    ]);
    await waitFor('the group resolved', async () => (await db.alert.count({ where: { sourceId: source.id, status: 'resolved' } })) === 2);
    await routeAll(db);
    const [resolved, open] = await Promise.all([
      db.incident.findUnique({ where: { id: errorsIncident }, select: { status: true } }),
      db.incident.findUnique({ where: { id: latencyIncident }, select: { status: true } }),
    ]);
    expect(resolved!.status).toBe('resolved');
    expect(open!.status).toBe('investigating');
  }, 90_000);
});
