// Input and output shapes of an incident's root-cause analysis: factors (trigger, root cause,
// contributing, mitigating) in a fixed taxonomy of categories, and the detection record.
import { z } from 'zod';
import { changeKinds } from '../changes/schemas.ts';
import { changeStatuses } from '../changes/status-machine.ts';

export const factorKinds = ['trigger', 'root_cause', 'contributing', 'mitigating'] as const;
export type FactorKind = (typeof factorKinds)[number];

export const factorCategories = [
  'configuration_change',
  'credential_expiry',
  'capacity',
  'deployment',
  'dependency_failure',
  'network',
  'dns',
  'database',
  'monitoring_gap',
  'process_gap',
  'other',
] as const;
export type FactorCategory = (typeof factorCategories)[number];

export const MAX_WHYS = 10;

const kindField = z.enum(factorKinds, { error: 'Choose trigger, root_cause, contributing or mitigating.' });
const categoryField = z.enum(factorCategories, { error: `Choose a category: ${factorCategories.join(', ')}.` });
const descriptionField = z.string().trim().min(1).max(5000).meta({ description: 'Markdown.' });
const whysField = z.array(z.string().trim().min(1).max(1000)).max(MAX_WHYS).meta({ description: 'The "five whys" chain, first why first.' });

export const addFactorInput = z
  .object({
    kind: kindField,
    category: categoryField,
    description: descriptionField,
    fiveWhys: whysField.default([]),
    position: z.number().int().min(0).max(10_000).optional().meta({ description: 'Order in the list; defaults to the end.' }),
  })
  .meta({ id: 'AddIncidentFactorInput' });
export type AddFactorInput = z.infer<typeof addFactorInput>;

export const updateFactorInput = z
  .object({
    version: z.number().int().min(1).meta({ description: 'The factor version the edit is based on.' }),
    kind: kindField.optional(),
    category: categoryField.optional(),
    description: descriptionField.optional(),
    fiveWhys: whysField.optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .meta({ id: 'UpdateIncidentFactorInput' });
export type UpdateFactorInput = z.infer<typeof updateFactorInput>;

export const factorParams = z.object({
  ref: z.string().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id (uuid).' }),
  id: z.uuid(),
});

export const factorOutput = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    kind: z.enum(factorKinds),
    category: z.enum(factorCategories),
    description: z.string(),
    descriptionHtml: z.string().meta({ description: 'The description rendered from Markdown (raw HTML off, sanitised).' }),
    fiveWhys: z.array(z.string()),
    position: z.number().int(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    knownIssues: z
      .array(z.object({ id: z.uuid(), title: z.string(), status: z.enum(['active', 'fixed', 'obsolete']) }))
      .meta({ description: 'Known issues this factor is linked to (oldest link first).' }),
    change: z
      .object({
        id: z.uuid(),
        title: z.string(),
        kind: z.enum(changeKinds),
        status: z.enum(changeStatuses),
        scheduledAt: z.iso.datetime(),
        shortNotice: z.boolean(),
        service: z.object({ slug: z.string(), name: z.string() }),
      })
      .nullable()
      .meta({ description: 'The change event this factor was linked from as the trigger, if any.' }),
  })
  .meta({ id: 'IncidentFactor' });
export type FactorOutput = z.infer<typeof factorOutput>;

export const factorKnownIssueParams = factorParams.extend({ knownIssueId: z.uuid() });

export const detectionInput = z
  .object({
    version: z.number().int().min(0).meta({ description: 'The detection version the edit is based on; 0 when none was recorded yet.' }),
    method: z.string().trim().max(5000).default('').meta({ description: 'How the incident was detected (alert, customer report, …).' }),
    detectedBy: z.string().trim().max(500).default('').meta({ description: 'By whom or what.' }),
    whyNotEarlier: z.string().trim().max(5000).default(''),
  })
  .meta({ id: 'IncidentDetectionInput' });
export type DetectionInput = z.infer<typeof detectionInput>;

export const detectionOutput = z
  .object({
    method: z.string(),
    detectedBy: z.string(),
    whyNotEarlier: z.string(),
    version: z.number().int().meta({ description: '0 while nothing was recorded.' }),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'IncidentDetection' });
export type DetectionOutput = z.infer<typeof detectionOutput>;

export const analysisOutput = z
  .object({
    items: z.array(factorOutput),
    detection: detectionOutput,
    nextCursor: z.null().meta({ description: 'Always null: an incident has few factors, all are returned.' }),
  })
  .meta({ id: 'IncidentAnalysis' });
export type AnalysisOutput = z.infer<typeof analysisOutput>;

export const countFactorsQuery = z.object({
  from: z.iso.datetime({ offset: true }).meta({ description: 'Incidents declared at or after this time.' }),
  to: z.iso.datetime({ offset: true }).meta({ description: 'Incidents declared before this time.' }),
  kind: kindField.optional(),
  service: z.string().min(1).max(100).optional().meta({ description: 'Only incidents affecting this service (slug).' }),
});
export type CountFactorsQuery = z.infer<typeof countFactorsQuery>;

export const factorCountsOutput = z
  .object({
    items: z.array(z.object({ category: z.enum(factorCategories), factors: z.number().int(), incidents: z.number().int() })),
  })
  .meta({ id: 'FactorCounts' });
export type FactorCountsOutput = z.infer<typeof factorCountsOutput>;
