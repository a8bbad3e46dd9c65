// 90-day uptime per component from impact intervals. Per day, each moment counts the worst
// impact open at that moment (overlapping incidents are not double-counted), weighted as in
// impact-levels.ts; a day's uptime is 1 − weighted down time ÷ the part of the day observed.
// Days are UTC days. Pure.
import { downtimeWeight, impactRank, type ComponentStatus } from './impact-levels.ts';
import type { ComponentImpact } from './schemas.ts';

export interface ImpactInterval { impact: ComponentImpact; start: Date; end: Date }
export interface UptimeDay { date: string; uptime: number | null; worst: ComponentStatus }

const DAY = 86_400_000;

export function uptimeDays(intervals: ImpactInterval[], { now, days = 90, since }: { now: Date; days?: number; since?: Date }): UptimeDay[] {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const out: UptimeDay[] = [];
  for (let d = days - 1; d >= 0; d--) {
    const dayStart = today - d * DAY;
    const from = Math.max(dayStart, since ? since.getTime() : -Infinity);
    const to = Math.min(dayStart + DAY, now.getTime());
    const date = new Date(dayStart).toISOString().slice(0, 10);
    if (to <= from) {
      out.push({ date, uptime: null, worst: 'operational' });
      continue;
    }
    // Sweep the day's change points; between two points the worst open impact applies.
    const clipped = intervals
      .map((i) => ({ impact: i.impact, s: Math.max(i.start.getTime(), from), e: Math.min(i.end.getTime(), to) }))
      .filter((i) => i.e > i.s);
    const points = [...new Set([from, to, ...clipped.flatMap((i) => [i.s, i.e])])].sort((a, b) => a - b);
    let down = 0;
    let worst: ComponentStatus = 'operational';
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      let w = 0;
      for (const i of clipped) {
        if (i.s <= a && i.e >= b) {
          w = Math.max(w, downtimeWeight[i.impact]);
          if (impactRank[i.impact] > impactRank[worst]) worst = i.impact;
        }
      }
      down += w * (b - a);
    }
    out.push({ date, uptime: 1 - down / (to - from), worst });
  }
  return out;
}

/** The period's uptime over the days with data (null when none). */
export function overallUptime(days: UptimeDay[]): number | null {
  const known = days.filter((d) => d.uptime !== null);
  if (known.length === 0) return null;
  return known.reduce((s, d) => s + (d.uptime ?? 0), 0) / known.length;
}
