// The home page's answer: what a person starts the day with, and the first steps of an empty
// install. One output schema, also in the OpenAPI document (GET /api/v1/home).
import { z } from 'zod';
import { actionItemOutput } from '../action-items/schemas.ts';
import { changeStatusField } from '../changes/schemas.ts';
import { severityField } from '../incidents/schemas.ts';

const time = z.iso.datetime();
const changeRef = z.object({
  id: z.uuid(),
  title: z.string(),
  status: changeStatusField,
  scheduledAt: time,
  service: z.object({ slug: z.string(), name: z.string() }),
});

export const homeOutput = z
  .object({
    incidents: z.array(z.object({
      reference: z.string(),
      title: z.string(),
      severity: severityField,
      status: z.string(),
      declaredAt: time,
      mine: z.boolean().meta({ description: 'You hold a role on it, declared it, or it touches a service your team owns.' }),
      myRoles: z.array(z.string()).meta({ description: 'Your roles on it (incident commander…): the pages you owe.' }),
    })).meta({ description: 'Open incidents (drills left out), yours first, then most severe.' }),
    acknowledgementsOwed: z.array(changeRef.extend({ team: z.object({ slug: z.string(), name: z.string() }) }))
      .meta({ description: 'Changes your teams were asked to acknowledge and have not, soonest first.' }),
    reviewsWaiting: z.array(z.object({ reference: z.string(), title: z.string(), severity: severityField, submittedAt: time.nullable() }))
      .meta({ description: 'Postmortems in review where you are a reviewer who has not decided.' }),
    overdueActionItems: z.array(actionItemOutput).meta({ description: 'Your action items past their due date.' }),
    upcomingChanges: z.array(changeRef.extend({ depth: z.number().int().meta({ description: '0: your team\'s own service; 1+: one it depends on.' }) }))
      .meta({ description: 'Changes in the next 7 days on your teams\' services and what they depend on, soonest first.' }),
    setup: z.object({
      teams: z.number().int(),
      services: z.number().int(),
      dependencies: z.number().int(),
      users: z.number().int(),
      subscriptions: z.number().int(),
      myTeams: z.number().int(),
      demoLoaded: z.boolean().meta({ description: 'The demo data set (npm run cli -- demo:load) is in the database.' }),
    }).meta({ description: 'Counts behind the guided first steps.' }),
  })
  .meta({ id: 'Home' });
export type HomeOutput = z.infer<typeof homeOutput>;
