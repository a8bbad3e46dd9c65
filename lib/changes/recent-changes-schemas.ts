// Input and output shapes of "recent changes" on an incident and of linking one as trigger.
import { z } from 'zod';
import { factorOutput } from '../root-causes/schemas.ts';
import { changeKindField, changeRiskField, changeStatusField } from './schemas.ts';

export const DEFAULT_RECENT_CHANGE_HOURS = 24;
export const DEFAULT_UPCOMING_CHANGE_HOURS = 6;
export const recentChangeRelations = ['started_during', 'in_progress', 'upcoming', 'before'] as const;
export type RecentChangeRelation = (typeof recentChangeRelations)[number];

export const recentChangesQuery = z.object({
  hours: z.coerce.number().int().min(1).max(24 * 30).default(DEFAULT_RECENT_CHANGE_HOURS).meta({ description: 'How far before the incident started to look (hours, default 24).' }),
  upcomingHours: z.coerce.number().int().min(1).max(72).default(DEFAULT_UPCOMING_CHANGE_HOURS).meta({ description: 'While the incident is open: how far ahead to show scheduled changes on the same graph (hours, default 6).' }),
});
export type RecentChangesQuery = z.infer<typeof recentChangesQuery>;

const time = z.iso.datetime();

export const recentChangeOutput = z
  .object({
    change: z.object({
      id: z.uuid(),
      title: z.string(),
      kind: changeKindField,
      risk: changeRiskField,
      status: changeStatusField,
      scheduledAt: time,
      startedAt: time.nullable(),
      finishedAt: time.nullable(),
      shortNotice: z.boolean(),
      noticePeriodHours: z.number().int(),
      service: z.object({ slug: z.string(), name: z.string() }),
    }),
    at: time.meta({ description: 'When the change happened: started, else scheduled.' }),
    relation: z.enum(recentChangeRelations).meta({ description: 'started_during: started after the incident began; in_progress: running now (started before); upcoming: scheduled within upcomingHours (open incidents); before: in the window before the incident.' }),
    depth: z.number().int().meta({ description: '0: a service of the incident; 1: one it calls directly; 2+: further down.' }),
    linkedFactorId: z.uuid().nullable().meta({ description: 'The trigger factor this change was linked as, if it was.' }),
  })
  .meta({ id: 'RecentChange' });
export type RecentChangeOutput = z.infer<typeof recentChangeOutput>;

export const recentChangesOutput = z
  .object({
    window: z.object({ from: time, to: time, incidentStartedAt: time, open: z.boolean(), upcomingUntil: time.nullable() }),
    items: z.array(recentChangeOutput).meta({ description: 'started_during, in_progress, upcoming, then before; within each, nearest to the incident\'s start first.' }),
  })
  .meta({ id: 'RecentChanges' });
export type RecentChangesOutput = z.infer<typeof recentChangesOutput>;

export const linkChangeInput = z
  .object({ change: z.uuid().meta({ description: 'Id of the change to link as the trigger.' }) })
  .meta({ id: 'LinkChangeAsTriggerInput' });
export type LinkChangeInput = z.infer<typeof linkChangeInput>;

export const linkChangeOutput = z
  .object({ factor: factorOutput, changeId: z.uuid(), created: z.boolean().meta({ description: 'false when the change was already linked (the existing factor).' }) })
  .meta({ id: 'IncidentChangeLink' });
export type LinkChangeOutput = z.infer<typeof linkChangeOutput>;
