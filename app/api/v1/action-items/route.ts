import { createActionItem } from '@/lib/action-items/create-action-item';
import { listActionItems } from '@/lib/action-items/list-action-items';
import { createActionItemInput, listActionItemsQuery } from '@/lib/action-items/schemas';
import { apiRoute, jsonResponse } from '@/lib/api/route';

const route = '/api/v1/action-items';

export const GET = apiRoute({ role: 'viewer', query: listActionItemsQuery, route }, ({ db, actor, query }) => listActionItems(db, { actor, query }));

export const POST = apiRoute({ role: 'responder', body: createActionItemInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createActionItem(db, { actor, input: body }), 201),
);
