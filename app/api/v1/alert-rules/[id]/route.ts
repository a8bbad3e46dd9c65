import { deleteAlertRule, updateAlertRule } from '@/lib/alerts/manage-rules';
import { idParams, updateAlertRuleInput } from '@/lib/alerts/schemas';
import { apiRoute } from '@/lib/api/route';

const route = '/api/v1/alert-rules/[id]';

export const PATCH = apiRoute({ role: 'admin', params: idParams, body: updateAlertRuleInput, route }, ({ db, actor, params, body }) =>
  updateAlertRule(db, { actor, id: params.id, input: body }),
);

export const DELETE = apiRoute({ role: 'admin', params: idParams, route }, async ({ db, actor, params }) => {
  await deleteAlertRule(db, { actor, id: params.id });
  return new Response(null, { status: 204 });
});
