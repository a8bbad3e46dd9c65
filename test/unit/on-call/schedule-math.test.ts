// The schedule maths, pinned with plain data: every rotation unit, layers and restrictions,
// overrides, and wall-clock handoffs across both DST changes in New York and Berlin, Shanghai
// (no DST), and the same schedule read from another zone.
import { describe, expect, it } from 'vitest';
import { coverageGaps, lookup, onCallAt, segments, shiftsOf, type RotationSpec, type ScheduleSpec } from '@/lib/on-call/schedule-math';

const at = (iso: string) => new Date(iso).getTime();
const rot = (over: Partial<RotationSpec> = {}): RotationSpec => ({
  participants: ['ann', 'bob', 'cy'],
  unit: 'day',
  count: 1,
  handoffTime: '09:00',
  startDate: '2026-03-01',
  restrictions: [],
  ...over,
});
const sched = (timeZone: string, rotations: RotationSpec[], overrides: ScheduleSpec['overrides'] = []): ScheduleSpec => ({ timeZone, rotations, overrides });

describe('rotation units', () => {
  it('daily: hands off at 09:00 local and cycles through the participants', () => {
    const s = sched('Asia/Shanghai', [rot()]);
    expect(onCallAt(s, at('2026-03-01T00:59:59Z'))).toEqual([]); // 08:59 Shanghai, before the start
    expect(onCallAt(s, at('2026-03-01T01:00:00Z'))).toEqual(['ann']); // 09:00 Shanghai
    expect(onCallAt(s, at('2026-03-02T00:59:00Z'))).toEqual(['ann']);
    expect(onCallAt(s, at('2026-03-02T01:00:00Z'))).toEqual(['bob']);
    expect(onCallAt(s, at('2026-03-03T12:00:00Z'))).toEqual(['cy']);
    expect(onCallAt(s, at('2026-03-04T12:00:00Z'))).toEqual(['ann']);
  });

  it('hourly: 8-hour shifts count elapsed hours', () => {
    const s = sched('UTC', [rot({ unit: 'hour', count: 8, handoffTime: '06:00' })]);
    expect(onCallAt(s, at('2026-03-01T06:00:00Z'))).toEqual(['ann']);
    expect(onCallAt(s, at('2026-03-01T13:59:00Z'))).toEqual(['ann']);
    expect(onCallAt(s, at('2026-03-01T14:00:00Z'))).toEqual(['bob']);
    expect(onCallAt(s, at('2026-03-01T22:00:00Z'))).toEqual(['cy']);
    expect(onCallAt(s, at('2026-03-02T06:00:00Z'))).toEqual(['ann']);
  });

  it('weekly: two-week shifts from a Monday', () => {
    const s = sched('Europe/Berlin', [rot({ unit: 'week', count: 2, startDate: '2026-01-05', participants: ['ann', 'bob'] })]);
    expect(onCallAt(s, at('2026-01-05T08:00:00Z'))).toEqual(['ann']); // 09:00 CET
    expect(onCallAt(s, at('2026-01-19T07:59:00Z'))).toEqual(['ann']);
    expect(onCallAt(s, at('2026-01-19T08:00:00Z'))).toEqual(['bob']);
    expect(onCallAt(s, at('2026-02-02T08:00:00Z'))).toEqual(['ann']);
  });
});

describe('daylight-saving changes', () => {
  it('America/New_York: the daily 09:00 handoff moves from 14:00 to 13:00 UTC in March and back in November', () => {
    const s = sched('America/New_York', [rot({ startDate: '2026-03-06' })]);
    // Spring forward on Sunday 8 March 2026.
    expect(lookup(s, new Date('2026-03-07T20:00:00Z'))).toMatchObject({ from: new Date('2026-03-07T14:00:00Z'), until: new Date('2026-03-08T13:00:00Z') });
    expect(onCallAt(s, at('2026-03-08T12:59:00Z'))).toEqual(['bob']);
    expect(onCallAt(s, at('2026-03-08T13:00:00Z'))).toEqual(['cy']);
    // Fall back on Sunday 1 November 2026 (startDate 6 March: 240 days later is ann again).
    const n = lookup(s, new Date('2026-10-31T20:00:00Z'));
    expect(n.from).toEqual(new Date('2026-10-31T13:00:00Z'));
    expect(n.until).toEqual(new Date('2026-11-01T14:00:00Z')); // a 25-hour day
  });

  it('Europe/Berlin: 29 March and 25 October 2026', () => {
    const s = sched('Europe/Berlin', [rot({ startDate: '2026-03-27', handoffTime: '08:30' })]);
    const spring = lookup(s, new Date('2026-03-28T12:00:00Z'));
    expect(spring.from).toEqual(new Date('2026-03-28T07:30:00Z')); // CET
    expect(spring.until).toEqual(new Date('2026-03-29T06:30:00Z')); // CEST: a 23-hour shift
    const autumn = lookup(s, new Date('2026-10-24T12:00:00Z'));
    expect(autumn.from).toEqual(new Date('2026-10-24T06:30:00Z'));
    expect(autumn.until).toEqual(new Date('2026-10-25T07:30:00Z')); // 25 hours
  });

  it('an hourly rotation across the spring change counts real hours, not wall-clock ones', () => {
    const s = sched('America/New_York', [rot({ unit: 'hour', count: 12, handoffTime: '20:00', startDate: '2026-03-07' })]);
    // 20:00 EST = 01:00Z; 12 h later = 13:00Z = 09:00 EDT (not 08:00).
    const l = lookup(s, new Date('2026-03-08T05:00:00Z'));
    expect(l).toMatchObject({ userIds: ['ann'], from: new Date('2026-03-08T01:00:00Z'), until: new Date('2026-03-08T13:00:00Z') });
  });

  it('Asia/Shanghai has no DST: 09:00 is 01:00 UTC all year', () => {
    const s = sched('Asia/Shanghai', [rot({ startDate: '2026-01-01' })]);
    expect(lookup(s, new Date('2026-07-01T05:00:00Z')).from).toEqual(new Date('2026-07-01T01:00:00Z'));
    expect(lookup(s, new Date('2026-12-01T05:00:00Z')).from).toEqual(new Date('2026-12-01T01:00:00Z'));
  });

  it('the answer is the same instant whoever reads it: a Berlin schedule read from Shanghai', () => {
    const s = sched('Europe/Berlin', [rot({ startDate: '2026-06-01' })]);
    const l = lookup(s, new Date('2026-06-02T10:00:00+08:00'));
    // 10:00 Shanghai = 04:00 Berlin: still the 1 June shift (ann) until 09:00 Berlin = 15:00 Shanghai.
    expect(l.userIds).toEqual(['ann']);
    expect(l.until!.toISOString()).toBe('2026-06-02T07:00:00.000Z');
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(l.until!)).toBe('15:00');
  });
});

describe('layers and restrictions', () => {
  // Follow the sun: a 24/7 weekly base layer, with a weekday-daytime layer on top.
  const base = rot({ unit: 'week', participants: ['night1', 'night2'], startDate: '2026-06-01', handoffTime: '00:00' });
  const day = rot({ participants: ['day1', 'day2'], startDate: '2026-06-01', restrictions: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' }] });
  const s = sched('Asia/Shanghai', [base, day]);

  it('the later layer wins inside its window; the base layer covers the rest', () => {
    expect(onCallAt(s, at('2026-06-01T02:00:00Z'))).toEqual(['day1']); // Mon 10:00
    expect(onCallAt(s, at('2026-06-01T11:00:00Z'))).toEqual(['night1']); // Mon 19:00
    expect(onCallAt(s, at('2026-06-02T02:00:00Z'))).toEqual(['day2']); // Tue 10:00
    expect(onCallAt(s, at('2026-06-06T02:00:00Z'))).toEqual(['night1']); // Sat 10:00: weekend
    expect(onCallAt(s, at('2026-06-08T02:00:00Z'))).toEqual(['day2']); // next Mon (day index 7: day2)
    expect(onCallAt(s, at('2026-06-08T11:00:00Z'))).toEqual(['night2']); // week 2 of the base
  });

  it('segments change exactly at the window edges', () => {
    const segs = segments(s, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-01T12:00:00Z'));
    expect(segs.map((g) => [g.from.toISOString().slice(11, 16), g.userIds[0]])).toEqual([
      ['00:00', 'night1'],
      ['01:00', 'day1'],
      ['10:00', 'night1'],
    ]);
  });

  it('an overnight window (22:00–06:00) covers the small hours of the next day', () => {
    const nights = sched('UTC', [rot({ participants: ['owl'], restrictions: [{ days: [5], from: '22:00', to: '06:00' }], startDate: '2026-06-01', handoffTime: '00:00' })]);
    expect(onCallAt(nights, at('2026-06-05T23:00:00Z'))).toEqual(['owl']); // Friday 23:00
    expect(onCallAt(nights, at('2026-06-06T05:59:00Z'))).toEqual(['owl']); // Saturday 05:59
    expect(onCallAt(nights, at('2026-06-06T06:00:00Z'))).toEqual([]);
    expect(onCallAt(nights, at('2026-06-04T23:00:00Z'))).toEqual([]); // Thursday night
  });

  it('reports coverage gaps where no layer has anyone', () => {
    const only = sched('Asia/Shanghai', [day]);
    const gaps = coverageGaps(only, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-02T00:00:00Z'));
    expect(gaps.map((g) => [g.from.toISOString(), g.to.toISOString()])).toEqual([
      ['2026-06-01T00:00:00.000Z', '2026-06-01T01:00:00.000Z'],
      ['2026-06-01T10:00:00.000Z', '2026-06-02T00:00:00.000Z'],
    ]);
    expect(coverageGaps(s, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-15T00:00:00Z'))).toEqual([]);
  });
});

describe('overrides', () => {
  it('someone covering from–to wins over every layer, and the answer says until when', () => {
    const s = sched('UTC', [rot({ startDate: '2026-06-01', handoffTime: '00:00' })], [
      { userId: 'dee', from: new Date('2026-06-01T12:00:00Z'), to: new Date('2026-06-01T15:00:00Z') },
    ]);
    expect(lookup(s, new Date('2026-06-01T13:00:00Z'))).toMatchObject({ userIds: ['dee'], from: new Date('2026-06-01T12:00:00Z'), until: new Date('2026-06-01T15:00:00Z') });
    const before = lookup(s, new Date('2026-06-01T11:00:00Z'));
    expect(before).toMatchObject({ userIds: ['ann'], until: new Date('2026-06-01T12:00:00Z') });
    expect(before.next).toMatchObject({ userIds: ['dee'], until: new Date('2026-06-01T15:00:00Z') });
    expect(onCallAt(s, at('2026-06-01T15:00:00Z'))).toEqual(['ann']);
  });

  it("lists a person's own shifts, merged across an override that hands back to them", () => {
    const s = sched('UTC', [rot({ startDate: '2026-06-01', handoffTime: '00:00', participants: ['ann', 'bob'] })], [
      { userId: 'ann', from: new Date('2026-06-02T00:00:00Z'), to: new Date('2026-06-02T06:00:00Z') },
    ]);
    expect(shiftsOf(s, 'ann', new Date('2026-06-01T00:00:00Z'), new Date('2026-06-04T00:00:00Z')).map((x) => [x.from.toISOString(), x.to.toISOString()])).toEqual([
      ['2026-06-01T00:00:00.000Z', '2026-06-02T06:00:00.000Z'],
      ['2026-06-03T00:00:00.000Z', '2026-06-04T00:00:00.000Z'],
    ]);
  });
});
