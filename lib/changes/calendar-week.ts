// The change calendar's week grid, in the reader's time zone. Pure (Intl only), so the page
// and the unit tests agree: which seven local days a week shows, the instants its query
// covers, and which day each change falls on. Weeks start on Monday (ISO 8601), as they do in
// China and most of Europe. Instants ↔ local days are the kernel's (lib/kernel/zoned-time.ts).
import { localDateKey, startOfLocalDay } from '../kernel/zoned-time.ts';

export { localDateKey };

const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function keyToUtcDate(key: string): Date | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === key ? d : null; // rejects 2026-02-31
}

export function addDays(key: string, days: number): string {
  const d = keyToUtcDate(key);
  if (!d) throw new Error(`Not a date: ${key}`);
  return new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week containing the given local date. */
export function mondayOf(key: string): string {
  const d = keyToUtcDate(key);
  if (!d) throw new Error(`Not a date: ${key}`);
  const isoDay = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(key, -isoDay);
}

/** The week to show: the one containing `requested` (a YYYY-MM-DD) if valid, else this week. */
export function weekStart(now: Date, timeZone: string, requested?: string): string {
  return mondayOf(requested && keyToUtcDate(requested) ? requested : localDateKey(now, timeZone));
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The instant local midnight starts the given date in the time zone (DST-safe). */
export function zonedMidnight(key: string, timeZone: string): Date {
  const start = startOfLocalDay(key, timeZone);
  if (!start) throw new Error(`Not a date: ${key}`);
  return start;
}

/** Changes by local day (only the given days), each day in time order. */
export function bucketByDay<T extends { scheduledAt: string }>(items: T[], days: string[], timeZone: string): Map<string, T[]> {
  const out = new Map<string, T[]>(days.map((d) => [d, []]));
  for (const item of items) out.get(localDateKey(new Date(item.scheduledAt), timeZone))?.push(item);
  for (const list of out.values()) list.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return out;
}
