import { apiRoute } from '@/lib/api/route';
import { getSeverityDescriptions } from '@/lib/incidents/get-severity-descriptions';
import { severityDescriptionsSchema } from '@/lib/incidents/schemas';
import { updateSeverityDescriptions } from '@/lib/incidents/update-severity-descriptions';

const route = '/api/v1/severities';

export const GET = apiRoute({ role: 'viewer', route }, ({ db, actor }) => getSeverityDescriptions(db, { actor }));

export const PUT = apiRoute({ role: 'admin', body: severityDescriptionsSchema, route }, ({ db, actor, body }) =>
  updateSeverityDescriptions(db, { actor, input: body }),
);
