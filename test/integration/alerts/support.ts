// Helpers of the alerts integration tests: a source made through the API, a service, the
// receive routes called as Next.js calls them, and the worker's routing pass run to the end.
import { processAlertEvents } from '@/lib/alerts/process-alert-events';
import { resetRateLimits } from '@/lib/alerts/rate-limit';
import type { Db } from '@/lib/db/client';
import { POST as createSourceRoute } from '@/app/api/v1/alert-sources/route';
import { POST as alertmanagerRoute } from '@/app/api/v1/alerts/alertmanager/[key]/route';
import { POST as grafanaRoute } from '@/app/api/v1/alerts/grafana/[key]/route';
import { POST as eventsRoute } from '@/app/api/v1/alerts/events/route';
import { callRoute, createTestActor, type TestActor } from '../../support/actors';
import { uniqueId } from '../../support/db';

export const settings = { ALERT_CHANGE_WINDOW_HOURS: 6, ALERT_FLAP_COUNT: 4, ALERT_FLAP_MINUTES: 30 };

let admin: TestActor | undefined;
export async function adminActor(db: Db): Promise<TestActor> {
  admin ??= await createTestActor(db, 'admin', 'alerts-admin');
  return admin;
}

export async function createService(db: Db, prefix = 'svc'): Promise<{ id: string; slug: string }> {
  const slug = uniqueId(prefix);
  return db.service.create({ data: { slug, name: `Service ${slug}` }, select: { id: true, slug: true } });
}

export interface CreatedSource {
  id: string;
  key: string;
  url: string;
}

export async function createSource(db: Db, type: 'alertmanager' | 'grafana' | 'events', service?: string): Promise<CreatedSource> {
  resetRateLimits();
  const a = await adminActor(db);
  const res = await callRoute(createSourceRoute, { method: 'POST', path: '/api/v1/alert-sources', headers: a.headers, body: { name: uniqueId(type), type, ...(service ? { service } : {}) } });
  if (res.status !== 201) throw new Error(`create source: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedSource;
}

export function postWebhook(type: 'alertmanager' | 'grafana', key: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return callRoute(type === 'grafana' ? grafanaRoute : alertmanagerRoute, { method: 'POST', path: `/api/v1/alerts/${type}/${key}`, headers, body, params: { key } });
}

export function postEvent(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return callRoute(eventsRoute, { method: 'POST', path: '/api/v1/alerts/events', headers, body });
}

/** Routes everything queued (the worker's pass), as many passes as it takes. */
export async function routeAll(db: Db): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await processAlertEvents(db, settings, { max: 500 });
    if (r.processed === 0 && r.failed === 0) return;
  }
}

export function amAlert(labels: Record<string, string>, opts: { status?: 'firing' | 'resolved'; fingerprint?: string; summary?: string; startsAt?: string; endsAt?: string } = {}) {
  return {
    status: opts.status ?? 'firing',
    labels,
    annotations: { summary: opts.summary ?? `${labels.alertname} is failing` },
    startsAt: opts.startsAt ?? new Date(Date.now() - 60_000).toISOString(),
    endsAt: opts.endsAt ?? '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus.example/graph?g0.expr=up',
    fingerprint: opts.fingerprint ?? uniqueId('fp'),
  };
}

export function amBody(alerts: ReturnType<typeof amAlert>[], extra: Record<string, unknown> = {}) {
  return {
    version: '4', groupKey: '{}:{alertname="x"}', truncatedAlerts: 0, status: alerts.some((a) => a.status === 'firing') ? 'firing' : 'resolved', receiver: 'firebreak',
    groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: 'http://alertmanager.example', alerts, ...extra,
  };
}
