// Who is on call when: the pure maths of a schedule. No database, no clock of its own, so the
// unit tests pin every case (units, layers, restrictions, overrides, DST) with plain data.
//
// Zoned calendar arithmetic is luxon's (IANA zones from the platform's ICU data): a rotation of
// days or weeks hands off at the same wall-clock time in the schedule's zone, so a daily 09:00 handoff
// in America/New_York is 13:00 UTC in summer and 14:00 UTC in winter, and the day of the
// change is 23 or 25 hours long. A rotation of hours counts elapsed hours (an 8-hour shift is
// 8 real hours, even across a DST change). Restrictions are wall-clock windows in that zone.
//
// The state (who is on call) changes only at boundaries: shift starts, restriction window
// edges and override edges. `segments()` lists the boundaries in a range and evaluates the
// state once per interval; everything else (now/next, gaps, iCal, "my shifts") reads segments.
//
// Reading the wall clock (zone offsets, the instant of a local time) is the
// kernel's (lib/kernel/zoned-time.ts), as everywhere else in Firebreak; luxon stays only for
// "the same wall-clock time k days or weeks later", which the kernel does not offer.
import { DateTime } from 'luxon';
import { instantOfWallClock, zoneOffsetMs } from '../kernel/zoned-time.ts';

export type RotationUnit = 'hour' | 'day' | 'week';

export interface Restriction {
  /** ISO weekdays 1 (Monday) … 7 (Sunday) on which the window opens; empty = every day. */
  days: number[];
  /** "HH:MM" wall-clock; `to` ≤ `from` means the window ends the next day. */
  from: string;
  to: string;
}

export interface RotationSpec {
  participants: string[];
  unit: RotationUnit;
  count: number;
  /** "HH:MM" */
  handoffTime: string;
  /** "YYYY-MM-DD" */
  startDate: string;
  restrictions: Restriction[];
}

export interface OverrideSpec {
  userId: string;
  from: Date;
  to: Date;
}

export interface ScheduleSpec {
  timeZone: string;
  /** Layers, lowest first: a later rotation wins where it has someone. */
  rotations: RotationSpec[];
  overrides: OverrideSpec[];
}

export interface Segment {
  from: Date;
  to: Date;
  /** Who is on call (empty: a coverage gap). */
  userIds: string[];
}

const HOUR = 3_600_000;


function parseHm(hm: string): { hour: number; minute: number } {
  const [h, m] = hm.split(':').map(Number);
  return { hour: h ?? 0, minute: m ?? 0 };
}

// Parsing a zoned start is the costly part of the maths: once per rotation object.
const startCache = new WeakMap<RotationSpec, { zone: string; start: DateTime }>();

function rotationStart(r: RotationSpec, zone: string): DateTime {
  const hit = startCache.get(r);
  if (hit && hit.zone === zone) return hit.start;
  const start = DateTime.fromISO(r.startDate, { zone }).set({ ...parseHm(r.handoffTime), second: 0, millisecond: 0 });
  startCache.set(r, { zone, start });
  return start;
}

const shiftCache = new WeakMap<RotationSpec, Map<string, number>>();

/** The start of shift k, epoch ms (k may be negative: before the first shift, which means nobody). */
function shiftStart(r: RotationSpec, zone: string, k: number): number {
  const start = rotationStart(r, zone);
  if (r.unit === 'hour') return start.toMillis() + k * r.count * HOUR;
  let memo = shiftCache.get(r);
  if (!memo) shiftCache.set(r, (memo = new Map()));
  const key = `${zone}|${k}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  // Calendar arithmetic: same wall-clock handoff time whatever the DST offset.
  const ms = start.plus(r.unit === 'day' ? { days: k * r.count } : { weeks: k * r.count }).toMillis();
  memo.set(key, ms);
  return ms;
}

/** The index of the shift containing t (negative before the rotation starts). */
function shiftIndex(r: RotationSpec, zone: string, t: number): number {
  const start = rotationStart(r, zone);
  const approxLen = (r.unit === 'hour' ? 1 : r.unit === 'day' ? 24 : 168) * r.count * HOUR;
  let k = Math.floor((t - start.toMillis()) / approxLen);
  // DST makes calendar shifts ±1 hour off the approximation: step to the exact one.
  while (shiftStart(r, zone, k) > t) k -= 1;
  while (shiftStart(r, zone, k + 1) <= t) k += 1;
  return k;
}

// Zone offsets, cached per zone and quarter hour (DST changes happen on quarter hours), so
// that reading the wall clock costs arithmetic rather than an Intl call each time.
const QUARTER = 15 * 60_000;
const offsetCache = new Map<string, number>();
function offsetMs(zone: string, t: number): number {
  const key = `${zone}|${Math.floor(t / QUARTER)}`;
  let o = offsetCache.get(key);
  if (o === undefined) {
    if (offsetCache.size > 200_000) offsetCache.clear();
    o = zoneOffsetMs(t, zone);
    offsetCache.set(key, o);
  }
  return o;
}

/** The wall clock at t in the zone: ISO weekday and minutes since midnight. */
function wallClock(zone: string, t: number): { weekday: number; minutes: number } {
  const d = new Date(t + offsetMs(zone, t));
  return { weekday: ((d.getUTCDay() + 6) % 7) + 1, minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

function inRestrictions(restrictions: Restriction[], zone: string, t: number): boolean {
  if (restrictions.length === 0) return true;
  const { weekday, minutes } = wallClock(zone, t);
  const yesterday = weekday === 1 ? 7 : weekday - 1;
  return restrictions.some((w) => {
    const from = parseHm(w.from);
    const to = parseHm(w.to);
    const f = from.hour * 60 + from.minute;
    const e = to.hour * 60 + to.minute;
    const dayOk = (d: number) => w.days.length === 0 || w.days.includes(d);
    if (f < e) return dayOk(weekday) && minutes >= f && minutes < e;
    // Overnight window (or 24 h when from = to): the part after midnight belongs to the day before.
    return (dayOk(weekday) && minutes >= f) || (dayOk(yesterday) && minutes < e);
  });
}

// The instant of a wall-clock time on a local day ("2026-03-29" 09:00 Berlin), cached.
const edgeCache = new Map<string, number>();
function wallToInstant(zone: string, isoDay: string, hm: string): number {
  const key = `${zone}|${isoDay}|${hm}`;
  let ms = edgeCache.get(key);
  if (ms === undefined) {
    if (edgeCache.size > 200_000) edgeCache.clear();
    const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
    ms = instantOfWallClock({ year, month, day, ...parseHm(hm), second: 0 }, zone).getTime();
    edgeCache.set(key, ms);
  }
  return ms;
}

/** Who a rotation puts on call at t (null: nobody, outside its shifts or restrictions). */
export function rotationAt(r: RotationSpec, zone: string, t: number): string | null {
  if (r.participants.length === 0) return null;
  const k = shiftIndex(r, zone, t);
  if (k < 0) return null;
  if (!inRestrictions(r.restrictions, zone, t)) return null;
  return r.participants[k % r.participants.length] ?? null;
}

/** Who is on call at t: overrides first, then the highest layer that has someone. */
export function onCallAt(s: ScheduleSpec, t: number): string[] {
  const covering = s.overrides.filter((o) => o.from.getTime() <= t && t < o.to.getTime()).map((o) => o.userId);
  if (covering.length > 0) return [...new Set(covering)];
  for (let i = s.rotations.length - 1; i >= 0; i -= 1) {
    const who = rotationAt(s.rotations[i]!, s.timeZone, t);
    if (who) return [who];
  }
  return [];
}

function boundaries(s: ScheduleSpec, from: number, to: number): number[] {
  const out = new Set<number>([from]);
  for (const r of s.rotations) {
    let k = Math.max(0, shiftIndex(r, s.timeZone, from));
    for (let b = shiftStart(r, s.timeZone, k); b < to; k += 1, b = shiftStart(r, s.timeZone, k)) {
      if (b > from) out.add(b);
    }
    // Window edges on each local day of the range, from the day before (overnight windows).
    if (r.restrictions.length > 0) {
      const first = new Date(from + offsetMs(s.timeZone, from) - 86_400_000);
      for (let i = 0; ; i += 1) {
        const isoDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + i)).toISOString().slice(0, 10);
        let past = false;
        for (const w of r.restrictions) {
          for (const hm of [w.from, w.to]) {
            const ms = wallToInstant(s.timeZone, isoDay, hm);
            if (ms > from && ms < to) out.add(ms);
            if (ms >= to) past = true;
          }
        }
        if (past || i > 400) break;
      }
    }
  }
  for (const o of s.overrides) {
    for (const ms of [o.from.getTime(), o.to.getTime()]) if (ms > from && ms < to) out.add(ms);
  }
  return [...out].sort((a, b) => a - b);
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The schedule between two instants as maximal segments of one state each (gaps included). */
export function segments(s: ScheduleSpec, from: Date, to: Date): Segment[] {
  const end = to.getTime();
  const bs = boundaries(s, from.getTime(), end);
  const out: Segment[] = [];
  for (let i = 0; i < bs.length; i += 1) {
    const a = bs[i]!;
    const b = bs[i + 1] ?? end;
    const userIds = onCallAt(s, a);
    const last = out[out.length - 1];
    if (last && same(last.userIds, userIds)) last.to = new Date(b);
    else out.push({ from: new Date(a), to: new Date(b), userIds });
  }
  return out;
}

/** The longest single shift of the schedule, to size the window searched for from/until. */
function horizonMs(s: ScheduleSpec): number {
  const longest = Math.max(0, ...s.rotations.map((r) => (r.unit === 'hour' ? 1 : r.unit === 'day' ? 24 : 168) * r.count * HOUR));
  return Math.min(Math.max(longest + 2 * 24 * HOUR, 2 * 24 * HOUR), 120 * 24 * HOUR);
}

export interface OnCallAnswer {
  userIds: string[];
  /** Since when this answer holds (null: as far back as we looked). */
  from: Date | null;
  /** Until when (null: no change within the horizon searched). */
  until: Date | null;
}

const DAY = 24 * HOUR;

/**
 * The first instant after t (direction +1) where the answer stops being `cur`, or the earliest
 * instant before which it was something else (direction -1: "since when"). Searches a day
 * first and widens the window up to the horizon, so a daily rotation costs a few evaluations.
 */
function findChange(s: ScheduleSpec, t: number, cur: string[], direction: 1 | -1, horizon: number): number | null {
  let done = 0;
  for (let w = DAY; ; w = Math.min(w * 4, horizon)) {
    if (direction === 1) {
      for (const b of boundaries(s, t + done, t + w)) if (b > t && b >= t + done && !same(onCallAt(s, b), cur)) return b;
    } else {
      const bs = boundaries(s, t - w, t - done + 1);
      for (let i = bs.length - 1; i >= 0; i -= 1) {
        const b = bs[i]!;
        if (b <= t - done && b > t - w && !same(onCallAt(s, b - 1), cur)) return b;
      }
    }
    done = w;
    if (w >= horizon) return null;
  }
}

/** Who is on call at `at`, since when and until when; `next` is the answer right after. */
export function lookup(s: ScheduleSpec, at: Date): OnCallAnswer & { next: OnCallAnswer | null } {
  const t = at.getTime();
  const horizon = horizonMs(s) * 4;
  const userIds = onCallAt(s, t);
  const until = findChange(s, t, userIds, 1, horizon);
  const from = findChange(s, t, userIds, -1, horizon);
  let next: OnCallAnswer | null = null;
  if (until !== null) {
    const nextIds = onCallAt(s, until);
    next = { userIds: nextIds, from: new Date(until), until: nullableDate(findChange(s, until, nextIds, 1, horizon)) };
  }
  return { userIds, from: nullableDate(from), until: nullableDate(until), next };
}

const nullableDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Times in [from, to) when nobody is on call. */
export function coverageGaps(s: ScheduleSpec, from: Date, to: Date): Segment[] {
  return segments(s, from, to).filter((g) => g.userIds.length === 0);
}

/** One person's shifts in a range (their segments, merged where contiguous). */
export function shiftsOf(s: ScheduleSpec, userId: string, from: Date, to: Date): { from: Date; to: Date }[] {
  const out: { from: Date; to: Date }[] = [];
  for (const g of segments(s, from, to)) {
    if (!g.userIds.includes(userId)) continue;
    const last = out[out.length - 1];
    if (last && last.to.getTime() === g.from.getTime()) last.to = g.to;
    else out.push({ from: g.from, to: g.to });
  }
  return out;
}
