import { describe, expect, it } from 'vitest';
import { bucketByDay, localDateKey, mondayOf, weekDays, weekStart, zonedMidnight } from '@/lib/changes/calendar-week';

describe('the change calendar week', () => {
  it('puts a change on the local day of the reader, not the UTC day', () => {
    // 2026-11-22 17:30 UTC is already Monday 23 November in Shanghai, still Sunday in UTC.
    const at = '2026-11-22T17:30:00.000Z';
    expect(localDateKey(new Date(at), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localDateKey(new Date(at), 'UTC')).toBe('2026-11-22');
    const shanghai = bucketByDay([{ scheduledAt: at }], weekDays('2026-11-23'), 'Asia/Shanghai');
    expect(shanghai.get('2026-11-23')).toHaveLength(1);
    const utc = bucketByDay([{ scheduledAt: at }], weekDays('2026-11-23'), 'UTC');
    expect([...utc.values()].flat()).toHaveLength(0); // Sunday the 22nd is last week in UTC
  });

  it('starts weeks on Monday, in the reader\'s time zone', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStart(new Date('2026-11-22T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(weekStart(new Date('2026-11-22T17:30:00Z'), 'America/New_York')).toBe('2026-11-16');
    expect(weekStart(new Date('2026-11-22T17:30:00Z'), 'UTC', '2027-01-01')).toBe('2026-12-28');
    expect(weekStart(new Date('2026-11-22T17:30:00Z'), 'UTC', '2026-02-31')).toBe('2026-11-16');
    expect(weekDays('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('finds the instant local midnight starts, across daylight saving changes', () => {
    expect(zonedMidnight('2026-11-23', 'Asia/Shanghai').toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(zonedMidnight('2026-11-23', 'UTC').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    // Berlin: CEST (+2) until 25 October 2026, CET (+1) after.
    expect(zonedMidnight('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(zonedMidnight('2026-10-26', 'Europe/Berlin').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('orders each day by time', () => {
    const days = weekDays('2026-11-23');
    const b = bucketByDay([{ scheduledAt: '2026-11-24T15:00:00Z' }, { scheduledAt: '2026-11-24T09:00:00Z' }], days, 'UTC');
    expect(b.get('2026-11-24')!.map((c) => c.scheduledAt)).toEqual(['2026-11-24T09:00:00Z', '2026-11-24T15:00:00Z']);
  });
});
