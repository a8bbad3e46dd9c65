import { describe, expect, it } from 'vitest';
import { nextBackoffMs } from '@/lib/realtime/backoff';
import { decodeIncidentEvent, encodeIncidentEvent } from '@/lib/realtime/events';

describe('incident event payloads', () => {
  it('round-trips ids and kind, and nothing else', () => {
    const payload = encodeIncidentEvent({ incidentId: 'i-1', kind: 'timeline.created', entryId: 'e-1' });
    expect(JSON.parse(payload)).toEqual({ incidentId: 'i-1', kind: 'timeline.created', entryId: 'e-1' });
    expect(decodeIncidentEvent(payload)).toEqual({ incidentId: 'i-1', kind: 'timeline.created', entryId: 'e-1' });
  });

  it('ignores payloads that are not incident events instead of throwing', () => {
    expect(decodeIncidentEvent('not json')).toBeNull();
    expect(decodeIncidentEvent(JSON.stringify({ incidentId: 'x', kind: 'something.else' }))).toBeNull();
    expect(decodeIncidentEvent(JSON.stringify({ kind: 'incident.updated' }))).toBeNull();
    expect(decodeIncidentEvent(undefined)).toBeNull();
  });

  it('refuses a payload NOTIFY could not carry', () => {
    expect(() => encodeIncidentEvent({ incidentId: 'x'.repeat(8000), kind: 'incident.updated' })).toThrow(/too large/);
  });
});

describe('backoff', () => {
  it('doubles from the minimum and stops at the maximum', () => {
    const mid = () => 0.5; // no jitter
    expect([0, 1, 2, 3, 10].map((a) => nextBackoffMs(a, 250, 15_000, mid))).toEqual([250, 500, 1000, 2000, 15_000]);
  });

  it('jitters within ±20 % and never exceeds the maximum', () => {
    expect(nextBackoffMs(2, 1000, 60_000, () => 0)).toBe(3200);
    expect(nextBackoffMs(2, 1000, 60_000, () => 1)).toBe(4800);
    expect(nextBackoffMs(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});
