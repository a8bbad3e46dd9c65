// The SQL for one duration's mean, median and p90 over the selected facts, and its mapping to
// whole seconds. percentile_cont interpolates between neighbours (the p90 of 10 and 20 is 19),
// and like avg it skips nulls: an incident without the duration's two ends is left out of it
// (an unresolved incident has no time to resolve).
import { Prisma } from '../db/generated/client.ts';
import type { DurationStats } from './schemas.ts';

export const durationColumns = ['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve'] as const;
export type DurationColumn = (typeof durationColumns)[number];

export function durationStatsSql(column: DurationColumn): Prisma.Sql {
  const col = Prisma.raw(`f."${column}"`);
  const key = (suffix: string) => Prisma.raw(`"${column}_${suffix}"`);
  return Prisma.sql`avg(${col})::float8 AS ${key('mean')},
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${col}) AS ${key('median')},
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${col}) AS ${key('p90')},
    count(${col})::int AS ${key('n')}`;
}

const whole = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v)));

export function durationStatsOf(row: Record<string, unknown>, column: DurationColumn): DurationStats {
  return { mean: whole(row[`${column}_mean`]), median: whole(row[`${column}_median`]), p90: whole(row[`${column}_p90`]) };
}
