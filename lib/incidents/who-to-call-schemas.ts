// "Who to call" on an incident beyond its own services: the owners of the services it depends
// on that changed in the window or have an open incident of their own.
import { z } from 'zod';
import { incidentServiceOutput } from './schemas.ts';

export const dependencyContactOutput = incidentServiceOutput
  .extend({
    depth: z.number().int().meta({ description: '1: called directly by a service of the incident; 2+: further down.' }),
    changes: z.array(z.object({ id: z.uuid(), title: z.string(), status: z.string() })).meta({ description: 'Its changes in the recent-changes window.' }),
    incidents: z.array(z.object({ reference: z.string(), title: z.string() })).meta({ description: 'Its other open incidents.' }),
  })
  .meta({ id: 'DependencyContact' });
export type DependencyContactOutput = z.infer<typeof dependencyContactOutput>;

export const whoToCallOutput = z
  .object({
    services: z.array(incidentServiceOutput).meta({ description: 'The incident\'s own services, first to call.' }),
    dependencies: z.array(dependencyContactOutput).meta({ description: 'Then: dependencies with a change in the window or an open incident, nearest first.' }),
  })
  .meta({ id: 'WhoToCall' });
export type WhoToCallOutput = z.infer<typeof whoToCallOutput>;
