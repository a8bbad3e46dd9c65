// Wall-clock time in an IANA time zone ↔ instants, once. Why: the change calendar (which
// local day a change falls on, when a local week starts), the admin time inputs
// (<input type="datetime-local"> in the reader's zone) and the incident list's day filters
// each wrote their own offset arithmetic; three copies of DST handling are two too many.
//
// Built on Intl.DateTimeFormat alone, not a library: the whole conversion is the few lines
// below, it runs unchanged in the browser (the admin filters) and on the server, and adds
// nothing to the pages' JavaScript. @js-temporal/polyfill would be the clearest API but ships
// tens of KB to the browser for this; date-fns-tz needs date-fns beside it. Revisit when
// Temporal is native in the supported browsers and Node.
//
// Ambiguity follows Temporal's "compatible" rule: a wall time that occurs twice (clocks go
// back) means the earlier instant; one that does not occur (clocks go forward) is moved
// forward by the gap (02:30 on the spring-forward night in Berlin is 03:30 CEST).

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How the clock in timeZone reads at an instant. */
export function wallClockAt(instant: Date | number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const wallAsUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Offset of timeZone from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const ms = new Date(instant).getTime();
  return wallAsUtc(wallClockAt(ms, timeZone)) - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the clock in timeZone reads `wall` (see the header for DST). */
export function instantOfWallClock(wall: WallClock, timeZone: string): Date {
  const asUtc = wallAsUtc(wall);
  // Time zones change offset at most once within a day: the offsets a day before and a day
  // after are the only candidates.
  const before = zoneOffsetMs(asUtc - 86_400_000, timeZone);
  const after = zoneOffsetMs(asUtc + 86_400_000, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((ms) => wallAsUtc(wallClockAt(ms, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? asUtc - before);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The local calendar date of an instant in timeZone, as YYYY-MM-DD. */
export function localDateKey(instant: Date | number, timeZone: string): string {
  const w = wallClockAt(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant local midnight starts the date YYYY-MM-DD (plus addDays) in timeZone; null if not a date. */
export function startOfLocalDay(day: string, timeZone: string, addDays = 0): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== day) return null; // 2026-02-31
  date.setUTCDate(date.getUTCDate() + addDays);
  return instantOfWallClock({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone);
}

/** "2026-05-01T10:30" (a datetime-local value) for an ISO instant, as the clock reads in timeZone; '' if malformed. */
export function toWallTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const w = wallClockAt(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The ISO instant at which the clock in timeZone reads a datetime-local value; null if malformed. */
export function fromWallTime(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  return instantOfWallClock({ year, month, day, hour, minute, second }, timeZone).toISOString();
}
