import { describe, expect, it } from 'vitest';
import { incidentDurations } from '@/lib/incidents/durations';

const at = (hhmm: string) => new Date(`2026-03-01T${hhmm}:00Z`);

describe('incident durations', () => {
  it('measures detect from start, and the rest from start', () => {
    expect(
      incidentDurations({
        startedAt: at('10:00'),
        detectedAt: at('10:05'),
        declaredAt: at('10:07'),
        acknowledgedAt: at('10:10'),
        mitigatedAt: at('10:40'),
        resolvedAt: at('11:30'),
      }),
    ).toEqual({ timeToDetectSeconds: 300, timeToAcknowledgeSeconds: 600, timeToMitigateSeconds: 2400, timeToResolveSeconds: 5400 });
  });

  it('measures from the declaration when the start is not known', () => {
    const d = incidentDurations({ declaredAt: at('10:00'), detectedAt: at('09:58'), resolvedAt: at('10:30') });
    expect(d.timeToDetectSeconds).toBeNull();
    expect(d.timeToResolveSeconds).toBe(1800);
  });

  it('is null while a time is missing', () => {
    expect(incidentDurations({ startedAt: at('10:00'), declaredAt: at('10:01') })).toEqual({
      timeToDetectSeconds: null,
      timeToAcknowledgeSeconds: null,
      timeToMitigateSeconds: null,
      timeToResolveSeconds: null,
    });
  });

  it('accepts ISO strings as well as dates', () => {
    expect(incidentDurations({ startedAt: '2026-03-01T10:00:00Z', declaredAt: '2026-03-01T10:01:00Z', resolvedAt: '2026-03-01T10:02:30Z' }).timeToResolveSeconds).toBe(150);
  });
});
