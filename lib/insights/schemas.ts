// Input and output shapes of insights: the period and filters every insight takes, the summary
// the API answers (shape fixed by the acceptance check), and the fuller report the page shows.
import { z } from 'zod';
import { severities } from '../incidents/schemas.ts';
import { factorCategories, factorKinds } from '../root-causes/schemas.ts';

export const drillModes = ['exclude', 'include', 'only'] as const;
export type DrillMode = (typeof drillModes)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const whenField = z
  .string()
  .refine((v) => (DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) || z.iso.datetime({ offset: true }).safeParse(v).success, {
    error: 'Give a date (2026-11-01) or a date and time with its offset (2026-11-01T00:00:00+08:00).',
  });

const severityList = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(severities, { error: 'Choose SEV1, SEV2, SEV3 or SEV4 (several: comma-separated).' })).min(1, { error: 'Choose at least one severity.' }));

export const insightsQuery = z
  .object({
    from: whenField.optional().meta({ description: 'Incidents declared at or after this instant; a plain date is local midnight in `tz`. Default: 30 days before `to`.' }),
    to: whenField.optional().meta({ description: 'Incidents declared before this instant; a plain date is local midnight in `tz` (exclusive). Default: now.' }),
    service: z.string().trim().min(1).max(100).optional().meta({ description: 'Only incidents affecting this service (slug).' }),
    team: z.string().trim().min(1).max(100).optional().meta({ description: 'Only incidents affecting a service this team owns (slug).' }),
    severity: severityList.optional().meta({ description: 'One severity or several, comma-separated (SEV1,SEV2).' }),
    drills: z.enum(drillModes, { error: 'Choose exclude, include or only.' }).default('exclude').meta({ description: 'Drills are left out unless asked.' }),
    tz: z
      .string()
      .max(64)
      .refine(isTimeZone, { error: 'Give an IANA time zone such as Asia/Shanghai.' })
      .default('UTC')
      .meta({ description: 'Time zone of plain dates and of week/month buckets.' }),
  })
  .meta({ id: 'InsightsQuery' });
export type InsightsQuery = z.infer<typeof insightsQuery>;

const seconds = z.number().int().nullable();
export const durationStats = z
  .object({ mean: seconds, median: seconds, p90: seconds })
  .meta({ id: 'InsightsDurationStats', description: 'Seconds; null when no incident in the selection has both ends of the duration.' });
export type DurationStats = z.infer<typeof durationStats>;

const bySeverity = z.object(Object.fromEntries(severities.map((s) => [s, z.number().int()])) as Record<(typeof severities)[number], z.ZodNumber>);

export const insightsSummaryOutput = z
  .object({
    incidents: z.object({ count: z.number().int(), bySeverity }),
    timeToResolve: durationStats,
    timeToDetect: durationStats,
    timeToAcknowledge: durationStats,
    timeToMitigate: durationStats,
    rootCauses: z
      .array(z.object({ category: z.enum(factorCategories), count: z.number().int() }))
      .meta({ description: 'Incidents with a root-cause factor of each category, most first.' }),
    changeCaused: z.object({
      count: z.number().int().meta({ description: 'Incidents with a linked trigger change.' }),
      share: z.number().nullable().meta({ description: 'count ÷ incidents (0…1); null without incidents.' }),
    }),
    actionItems: z.object({
      completionRate: z.number().nullable().meta({ description: "Done ÷ (all but won't do), 0…1; null without action items." }),
      overdue: z.number().int().meta({ description: 'Open or in progress with a due date before today (UTC).' }),
    }),
  })
  .meta({ id: 'InsightsSummary' });
export type InsightsSummary = z.infer<typeof insightsSummaryOutput>;

/** The filters resolved: instants and ids, ready for the queries. */
export interface InsightsFilter {
  from: Date;
  to: Date;
  serviceId: string | null;
  teamId: string | null;
  severities: (typeof severities)[number][] | null;
  drills: DrillMode;
  timeZone: string;
}

export { factorKinds };

export const trendIntervals = ['week', 'month'] as const;
export type TrendInterval = (typeof trendIntervals)[number];

export const insightsPageQuery = insightsQuery.extend({
  interval: z.enum(trendIntervals, { error: 'Choose week or month.' }).optional(),
});
export type InsightsPageQuery = z.infer<typeof insightsPageQuery>;

type Sev = (typeof severities)[number];
export interface TrendRow { bucket: string; counts: Record<Sev, number> }
export interface NamedCount { key: string; label: string; count: number }

export interface InsightsReport {
  filter: { from: string; to: string; timeZone: string; drills: DrillMode; service: string | null; team: string | null; severities: Sev[] | null };
  summary: InsightsSummary;
  /** How many incidents each duration's numbers are based on. */
  durationCounts: Record<'timeToDetect' | 'timeToAcknowledge' | 'timeToMitigate' | 'timeToResolve', number>;
  trend: { interval: TrendInterval; rows: TrendRow[] };
  byService: NamedCount[];
  byTeam: NamedCount[];
  factors: { kind: (typeof factorKinds)[number]; category: (typeof factorCategories)[number]; count: number }[];
  changes: { count: number; share: number | null; byKind: NamedCount[]; shortNotice: number; unacknowledged: number };
  repeats: { repeatIncidents: number; knownIssues: NamedCount[]; neverReused: number; neverReusedExamples: NamedCount[] };
  actionItems: { total: number; done: number; completionRate: number | null; overdue: number; overdueByTeam: NamedCount[]; timeToClose: DurationStats };
  /**
   * Alert noise (alerts per incident, noisiest rules, share never attached to an incident).
   * EXTENSION POINT: alerts are being built on another branch; until their tables exist this
   * is null and the page says "not available yet" (no made-up numbers). Fill it in
   * lib/insights/get-insights-report.ts from the alerts tables.
   */
  alertNoise: null;
}
