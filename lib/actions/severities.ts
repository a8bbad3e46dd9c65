'use server';
import { serverAction } from '@/lib/api/action';
import { severityDescriptionsSchema } from '@/lib/incidents/schemas';
import { updateSeverityDescriptions } from '@/lib/incidents/update-severity-descriptions';

export const updateSeverityDescriptionsAction = serverAction({ role: 'admin', input: severityDescriptionsSchema }, ({ db, actor, input }) =>
  updateSeverityDescriptions(db, { actor, input }),
);
