// The blast-radius preview of the announce form: what announcing a change on a service
// would reach, and the notice that service asks for (the form warns of short notice).
import { z } from 'zod';
import { blastRadiusOutput } from './schemas.ts';

export const previewBlastRadiusQuery = z.object({ service: z.string().trim().min(1).max(100).meta({ description: 'Slug of the service to change.' }) });
export type PreviewBlastRadiusQuery = z.infer<typeof previewBlastRadiusQuery>;

export const blastRadiusPreviewOutput = z
  .object({
    service: z.object({ slug: z.string(), name: z.string(), noticePeriodHours: z.number().int() }),
    services: blastRadiusOutput.shape.services,
    teams: blastRadiusOutput.shape.teams,
  })
  .meta({ id: 'BlastRadiusPreview' });
export type BlastRadiusPreviewOutput = z.infer<typeof blastRadiusPreviewOutput>;
