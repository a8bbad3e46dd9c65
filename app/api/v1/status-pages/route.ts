import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createStatusPage } from '@/lib/status-pages/create-status-page';
import { listStatusPages } from '@/lib/status-pages/list-status-pages';
import { createStatusPageInput } from '@/lib/status-pages/schemas';

const route = '/api/v1/status-pages';

export const GET = apiRoute({ role: 'viewer', route }, async ({ db, actor }) => ({ items: await listStatusPages(db, { actor }) }));

export const POST = apiRoute({ role: 'admin', body: createStatusPageInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createStatusPage(db, { actor, input: body }), 201),
);
