import { apiRoute, jsonResponse } from '@/lib/api/route';
import { announceChange } from '@/lib/changes/announce-change';
import { listChanges } from '@/lib/changes/list-changes';
import { announceChangeInput, listChangesQuery } from '@/lib/changes/schemas';

const route = '/api/v1/changes';

export const GET = apiRoute({ role: 'viewer', query: listChangesQuery, route }, ({ db, actor, query }) =>
  listChanges(db, { actor, input: query }),
);

// 201 for a new change; 200 when an earlier announcement with the same externalId was updated.
export const POST = apiRoute({ role: 'responder', body: announceChangeInput, route }, async ({ db, actor, body }) => {
  const { change, created } = await announceChange(db, { actor, input: body });
  return jsonResponse(change, created ? 201 : 200);
});
