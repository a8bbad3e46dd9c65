import { describe, expect, it } from 'vitest';
import { eventDedupKey, normalizeEvent } from '@/lib/alerts/normalize-event';
import { labelFingerprint, normalizeWebhook } from '@/lib/alerts/normalize-webhook';
import { takeToken } from '@/lib/alerts/rate-limit';
import { pagerDutyEvent } from '@/lib/alerts/sender-schemas';

const now = new Date('2026-12-04T10:00:00Z');

describe('normalizing senders', () => {
  it('Alertmanager: zero endsAt is "not ended", a missing fingerprint comes from the sorted labels', () => {
    const [a] = normalizeWebhook({ alerts: [{ status: 'firing', labels: { b: '2', a: '1', severity: 'CRITICAL' }, annotations: {}, startsAt: '2026-12-04T09:00:00Z', endsAt: '0001-01-01T00:00:00Z' }], groupLabels: {}, commonLabels: {}, commonAnnotations: {} }, now);
    expect(a).toMatchObject({ status: 'firing', severity: 'critical', endsAt: null, summary: 'alert', dedupKey: labelFingerprint({ a: '1', b: '2', severity: 'CRITICAL' }) });
    expect(labelFingerprint({ a: '1', b: '2' })).toBe(labelFingerprint({ b: '2', a: '1' }));
  });

  it('PagerDuty: severity, service from custom_details or component, no routing key kept', () => {
    const e = pagerDutyEvent.parse({ routing_key: 'secret', event_action: 'trigger', payload: { summary: 'Disk full', source: 'db-1', severity: 'error', component: 'mysql' } });
    const a = normalizeEvent(e, now);
    expect(a).toMatchObject({ status: 'firing', severity: 'error', labels: { service: 'mysql', source: 'db-1', alertname: 'Disk full' }, startsAt: now, onlyIfKnown: false });
    expect(JSON.stringify(a.payload)).not.toContain('secret');
    expect(eventDedupKey(e)).toBe(eventDedupKey({ ...e }));
  });
});

describe('rate limit', () => {
  it('allows a burst of twice the rate, then asks to wait', () => {
    const id = `src-${Math.random()}`;
    let refused = 0;
    for (let i = 0; i < 25; i++) if (takeToken(id, 10, 1, 1_000) > 0) refused++;
    expect(refused).toBe(5);
    expect(takeToken(id, 10, 1, 1_000)).toBeGreaterThanOrEqual(1);
    expect(takeToken(id, 10, 1, 2_000)).toBe(0);
  });
});
