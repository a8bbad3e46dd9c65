import { deleteActionItem } from '@/lib/action-items/delete-action-item';
import { actionItemParams, updateActionItemInput } from '@/lib/action-items/schemas';
import { updateActionItem } from '@/lib/action-items/update-action-item';
import { apiRoute } from '@/lib/api/route';

const route = '/api/v1/action-items/[id]';

export const PATCH = apiRoute({ role: 'responder', params: actionItemParams, body: updateActionItemInput, route }, ({ db, actor, params, body }) =>
  updateActionItem(db, { actor, id: params.id, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: actionItemParams, route }, async ({ db, actor, params }) => {
  await deleteActionItem(db, { actor, id: params.id });
  return new Response(null, { status: 204 });
});
