// Input and output shapes of drills (故障演练): scenarios built from known issues and past
// incidents, scheduled drills with invited teams, and a drill's run and report.
import { z } from 'zod';
import { severities } from '../incidents/schemas.ts';

const line = z.string().trim().min(1).max(2000);
const slug = z.string().trim().min(1).max(100);

export const createScenarioInput = z
  .object({
    title: z.string().trim().max(200).default('').meta({ description: 'Defaults to "Practise: <known issue title>" (or the incident\'s title).' }),
    description: z.string().trim().max(5000).default(''),
    severity: z.enum(severities, { error: 'Choose SEV1, SEV2, SEV3 or SEV4.' }).default('SEV2'),
    knownIssue: z.uuid({ error: 'Pick a known issue from the list.' }).nullable().default(null).meta({ description: 'The known issue responders should find; its workaround stays hidden until revealed.' }),
    sourceIncident: z.string().trim().min(1).max(100).nullable().default(null).meta({ description: 'A past incident the scenario replays (INC-42, 42 or id).' }),
    services: z.array(slug).max(20).default([]).meta({ description: 'Affected services (slugs); default: the known issue\'s or the incident\'s.' }),
    symptoms: z.array(line).max(20).default([]).meta({ description: 'Opening timeline entries of the drill; default: the known issue\'s error signatures and symptoms, else the incident\'s highlighted entries.' }),
    expectedActions: z.array(line).max(20).default([]),
  })
  .meta({ id: 'CreateDrillScenarioInput' });
export type CreateScenarioInput = z.infer<typeof createScenarioInput>;

export const scheduleDrillInput = z
  .object({
    scenario: z.uuid({ error: 'Pick a scenario.' }),
    scheduledAt: z.iso.datetime({ offset: true, error: 'Give a date and time.' }).optional().meta({ description: 'Default: now.' }),
    teams: z.array(slug).max(50).default([]).meta({ description: 'Invited teams (slugs): each is told through its inbox.' }),
    startNow: z.boolean().default(false).meta({ description: 'Start the drill at once (declares its drill incident).' }),
  })
  .meta({ id: 'ScheduleDrillInput' });
export type ScheduleDrillInput = z.infer<typeof scheduleDrillInput>;

export const finishDrillInput = z
  .object({ missing: z.string().trim().max(10_000).default('').meta({ description: 'What was missing: runbooks, access, alerts, knowledge.' }) })
  .meta({ id: 'FinishDrillInput' });
export type FinishDrillInput = z.infer<typeof finishDrillInput>;

export const drillParams = z.object({ id: z.uuid() });
export const drillCheckParams = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(19) });

const knownIssueRef = z.object({ id: z.uuid(), title: z.string() });

export const scenarioOutput = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    severity: z.enum(severities),
    knownIssue: knownIssueRef.nullable(),
    sourceIncident: z.object({ id: z.uuid(), reference: z.string(), title: z.string() }).nullable(),
    services: z.array(z.object({ slug: z.string(), name: z.string() })),
    symptoms: z.array(z.string()),
    expectedActions: z.array(z.string()),
    drillCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DrillScenario' });
export type ScenarioOutput = z.infer<typeof scenarioOutput>;

export const drillStatuses = ['scheduled', 'running', 'finished', 'cancelled'] as const;

export const drillOutput = z
  .object({
    id: z.uuid(),
    scenario: z.object({ id: z.uuid(), title: z.string() }),
    status: z.enum(drillStatuses),
    scheduledAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    incident: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
    teams: z.array(z.object({ slug: z.string(), name: z.string() })),
    workaround: z.string().nullable().meta({ description: "The known issue's workaround, once revealed (null before)." }),
    workaroundRevealedAt: z.iso.datetime().nullable(),
    missing: z.string(),
  })
  .meta({ id: 'Drill' });
export type DrillOutput = z.infer<typeof drillOutput>;

export const drillReportOutput = z
  .object({
    drill: drillOutput,
    knownIssue: knownIssueRef.nullable(),
    /** Seconds from the start to the first link of the scenario's known issue to the drill incident. */
    timeToKnownIssue: z.number().int().nullable(),
    timeToFirstCorrectAction: z.number().int().nullable(),
    expectedActions: z.array(z.object({ index: z.number().int(), text: z.string(), checkedAt: z.iso.datetime().nullable(), checkedBy: z.string().nullable() })),
    actionItems: z.array(z.object({ id: z.uuid(), title: z.string(), status: z.string(), fromDrill: z.literal(true) })),
  })
  .meta({ id: 'DrillReport' });
export type DrillReportOutput = z.infer<typeof drillReportOutput>;
