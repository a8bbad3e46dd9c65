import { createAlertSource } from '@/lib/alerts/create-alert-source';
import { listAlertSources } from '@/lib/alerts/get-alert-source';
import { createAlertSourceInput } from '@/lib/alerts/schemas';
import { apiRoute, jsonResponse } from '@/lib/api/route';

const route = '/api/v1/alert-sources';

export const GET = apiRoute({ role: 'admin', route }, ({ db, actor }) => listAlertSources(db, { actor }));

export const POST = apiRoute({ role: 'admin', body: createAlertSourceInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createAlertSource(db, { actor, input: body }), 201),
);
