// Input and output shapes of change acknowledgements ("we checked our side").
import { z } from 'zod';

export const acknowledgeChangeInput = z
  .object({
    team: z.string().trim().min(1).max(100).meta({ description: 'Slug of the team acknowledging (one that was notified of the change).' }),
    note: z.string().trim().max(2_000).default('').meta({ description: 'Optional: what you checked, or what you will do.' }),
  })
  .meta({ id: 'AcknowledgeChangeInput' });
export type AcknowledgeChangeInput = z.infer<typeof acknowledgeChangeInput>;

const time = z.iso.datetime();

export const acknowledgementOutput = z
  .object({
    team: z.object({ slug: z.string(), name: z.string() }),
    requestedAt: time.meta({ description: 'When the team was notified (the announcement).' }),
    acknowledged: z.boolean(),
    acknowledgedAt: time.nullable(),
    acknowledgedBy: z.string().nullable().meta({ description: 'Who acknowledged for the team.' }),
    note: z.string(),
    remindedAt: time.nullable().meta({ description: 'When the team was reminded, if it was.' }),
  })
  .meta({ id: 'ChangeAcknowledgement' });
export type AcknowledgementOutput = z.infer<typeof acknowledgementOutput>;

export const acknowledgementListOutput = z
  .object({
    items: z.array(acknowledgementOutput).meta({ description: 'Every team asked to acknowledge, acknowledged ones first.' }),
    acknowledged: z.number().int(),
    pending: z.number().int(),
    youCanAcknowledge: z.array(z.string()).meta({ description: 'Slugs of the pending teams you may acknowledge for (your teams, if you are a responder; any, if you are an administrator).' }),
  })
  .meta({ id: 'ChangeAcknowledgementList' });
export type AcknowledgementListOutput = z.infer<typeof acknowledgementListOutput>;
