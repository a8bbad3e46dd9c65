// One conversion between wall-clock time in a zone and instants, checked where it is hard:
// the nights clocks change in New York and Berlin, and Shanghai (no DST, UTC+8).
import { describe, expect, it } from 'vitest';
import { fromWallTime, instantOfWallClock, localDateKey, startOfLocalDay, toWallTime, wallClockAt, zoneOffsetMs } from '@/lib/kernel/zoned-time';

const wall = (s: string) => {
  const [d, t] = s.split('T') as [string, string];
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  const [hour, minute] = t.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute, second: 0 };
};

describe('zoned time', () => {
  it('Asia/Shanghai is UTC+8 all year', () => {
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) expect(zoneOffsetMs(new Date(iso), 'Asia/Shanghai')).toBe(8 * 3_600_000);
    expect(toWallTime('2026-03-01T16:30:00Z', 'Asia/Shanghai')).toBe('2026-03-02T00:30');
    expect(localDateKey(new Date('2026-03-01T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
    expect(startOfLocalDay('2026-03-02', 'Asia/Shanghai')?.toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('America/New_York: spring forward (2026-03-08) and fall back (2026-11-01)', () => {
    // The day clocks go forward is 23 hours long, the day they go back 25.
    const mar8 = startOfLocalDay('2026-03-08', 'America/New_York')!;
    const mar9 = startOfLocalDay('2026-03-08', 'America/New_York', 1)!;
    expect([mar8.toISOString(), mar9.toISOString()]).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
    expect(mar9.getTime() - mar8.getTime()).toBe(23 * 3_600_000);
    const nov1 = startOfLocalDay('2026-11-01', 'America/New_York')!;
    const nov2 = startOfLocalDay('2026-11-02', 'America/New_York')!;
    expect(nov2.getTime() - nov1.getTime()).toBe(25 * 3_600_000);
    // 02:30 does not exist on 8 March: moved forward by the gap, to 03:30 EDT.
    expect(instantOfWallClock(wall('2026-03-08T02:30'), 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(toWallTime('2026-03-08T07:30:00.000Z', 'America/New_York')).toBe('2026-03-08T03:30');
    // 01:30 happens twice on 1 November: the earlier (EDT) one.
    expect(fromWallTime('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(toWallTime('2026-11-01T06:30:00.000Z', 'America/New_York')).toBe('2026-11-01T01:30');
  });

  it('Europe/Berlin: spring forward (2026-03-29) and fall back (2026-10-25)', () => {
    expect(fromWallTime('2026-03-29T01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:00.000Z');
    expect(fromWallTime('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z'); // reads 03:30 CEST
    expect(fromWallTime('2026-03-29T03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
    expect(fromWallTime('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30 (CEST)
    expect(fromWallTime('2026-10-25T03:30', 'Europe/Berlin')).toBe('2026-10-25T02:30:00.000Z');
    expect(startOfLocalDay('2026-10-25', 'Europe/Berlin')?.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // Every instant of both nights round-trips through its wall time (minutes).
    for (const night of ['2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z']) {
      for (let m = 0; m < 4 * 60; m += 15) {
        const iso = new Date(Date.parse(night) + m * 60_000).toISOString();
        const back = fromWallTime(toWallTime(iso, 'Europe/Berlin'), 'Europe/Berlin');
        // Only the second pass through the repeated hour maps back to its earlier twin.
        const w = wallClockAt(new Date(iso), 'Europe/Berlin');
        const repeated = night.startsWith('2026-10') && w.hour === 2 && Date.parse(iso) >= Date.parse('2026-10-25T01:00:00Z');
        expect(back).toBe(repeated ? new Date(Date.parse(iso) - 3_600_000).toISOString() : iso);
      }
    }
  });

  it('refuses what is not a date or a time', () => {
    expect(startOfLocalDay('2026-02-31', 'UTC')).toBeNull();
    expect(startOfLocalDay('tomorrow', 'UTC')).toBeNull();
    expect(fromWallTime('yesterday', 'UTC')).toBeNull();
    expect(toWallTime('nope', 'UTC')).toBe('');
  });
});
