// The 90-day bars: a major outage counts fully, a partial one half, degraded not at all;
// overlapping impacts count the worst once; days before the component existed have no data.
import { describe, expect, it } from 'vitest';
import { overallUptime, uptimeDays } from '@/lib/status-pages/uptime';

const now = new Date('2026-03-10T12:00:00Z');
const at = (s: string) => new Date(s);

describe('uptimeDays', () => {
  it('weighs major fully, partial half, degraded not', () => {
    const days = uptimeDays(
      [
        { impact: 'major_outage', start: at('2026-03-09T00:00:00Z'), end: at('2026-03-09T06:00:00Z') },
        { impact: 'partial_outage', start: at('2026-03-08T00:00:00Z'), end: at('2026-03-08T12:00:00Z') },
        { impact: 'degraded_performance', start: at('2026-03-07T00:00:00Z'), end: at('2026-03-07T23:00:00Z') },
      ],
      { now, days: 4 },
    );
    expect(days.map((d) => d.date)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(days.map((d) => d.uptime)).toEqual([1, 0.75, 0.75, 1]);
    expect(days.map((d) => d.worst)).toEqual(['degraded_performance', 'partial_outage', 'major_outage', 'operational']);
  });

  it('counts overlapping impacts once, at the worst weight', () => {
    const [day] = uptimeDays(
      [
        { impact: 'partial_outage', start: at('2026-03-09T00:00:00Z'), end: at('2026-03-09T12:00:00Z') },
        { impact: 'major_outage', start: at('2026-03-09T06:00:00Z'), end: at('2026-03-09T12:00:00Z') },
      ],
      { now: at('2026-03-09T23:59:59.999Z'), days: 1 },
    );
    // 6 h at half weight + 6 h at full weight = 9 h of 24.
    expect(day!.uptime).toBeCloseTo(1 - 9 / 24, 5);
  });

  it('measures today only up to now, and days before the component existed as no data', () => {
    const days = uptimeDays([{ impact: 'major_outage', start: at('2026-03-10T06:00:00Z'), end: now }], { now, days: 3, since: at('2026-03-09T12:00:00Z') });
    expect(days[0]!.uptime).toBeNull();
    expect(days[1]!.uptime).toBe(1);
    expect(days[2]!.uptime).toBeCloseTo(0.5, 5);
    expect(overallUptime(days)).toBeCloseTo(0.75, 5);
    expect(overallUptime(uptimeDays([], { now, days: 2, since: at('2027-01-01T00:00:00Z') }))).toBeNull();
  });
});
