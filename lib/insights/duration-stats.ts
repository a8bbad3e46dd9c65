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
  // One sort gives both percentiles (an array of fractions), rather than one sort each.
  return Prisma.sql`avg(${col})::float8 AS ${key('mean')},
    percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY ${col}) AS ${key('pct')},
    count(${col})::int AS ${key('n')}`;
}

const whole = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v)));

export function durationStatsOf(row: Record<string, unknown>, column: DurationColumn): DurationStats {
  const pct = row[`${column}_pct`] as (number | null)[] | null | undefined;
  return { mean: whole(row[`${column}_mean`]), median: whole(pct?.[0]), p90: whole(pct?.[1]) };
}
