import { describe, expect, it } from 'vitest';
import { describeCorrelation, isHolding } from '@/lib/alerts/correlate-change';
import { senderConfigs } from '@/lib/alerts/sender-config';

const at = (min: number) => new Date(Date.UTC(2026, 11, 4, 10, min));
const change = (over: Partial<Parameters<typeof isHolding>[0]>) => ({
  id: 'c', title: 'Failover', status: 'in_progress', scheduledAt: at(0), startedAt: at(0), finishedAt: null, service: { slug: 'db' }, alertExpectation: { graceMinutes: 15 }, ...over,
});

describe('expected-alerts window', () => {
  it('holds from the start until finished + grace, never before it began, never without the mark or when cancelled', () => {
    expect(isHolding(change({}), at(5))).toBe(true);
    expect(isHolding(change({ startedAt: null, scheduledAt: at(10), status: 'scheduled' }), at(5))).toBe(false);
    expect(isHolding(change({ status: 'completed', finishedAt: at(20) }), at(34))).toBe(true);
    expect(isHolding(change({ status: 'completed', finishedAt: at(20) }), at(36))).toBe(false);
    expect(isHolding(change({ alertExpectation: null }), at(5))).toBe(false);
    expect(isHolding(change({ status: 'cancelled' }), at(5))).toBe(false);
  });

  it('says which change, how long before, and whether it still runs', () => {
    expect(describeCorrelation({ changeId: 'c', title: 'OAuth token TTL 24h → 1h', service: 'auth', minutes: 4, relation: 'after' })).toBe("Started 4 min after 'OAuth token TTL 24h → 1h' began on auth.");
  });
});

describe('sender configuration', () => {
  it('puts the key in the Alertmanager URL, and in the routing_key for PagerDuty-compatible tools', () => {
    const am = senderConfigs('alertmanager', 'https://fb.example/', 'fba_k');
    expect(am.url).toBe('https://fb.example/api/v1/alerts/alertmanager/fba_k');
    expect(am.alertmanager).toContain('send_resolved: true');
    const ev = senderConfigs('events', 'https://fb.example', 'fba_k');
    expect(ev.url).toBe('https://fb.example/api/v1/alerts/events');
    expect(ev.events).toContain('"routing_key":"fba_k"');
    expect(ev.events).toContain('https://fb.example/v2/enqueue');
  });
});
