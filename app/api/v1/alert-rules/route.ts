import { createAlertRule, listAlertRules } from '@/lib/alerts/manage-rules';
import { createAlertRuleInput, listAlertRulesQuery } from '@/lib/alerts/schemas';
import { apiRoute, jsonResponse } from '@/lib/api/route';

const route = '/api/v1/alert-rules';

export const GET = apiRoute({ role: 'admin', query: listAlertRulesQuery, route }, ({ db, actor, query }) => listAlertRules(db, { actor, sourceId: query.source }));

export const POST = apiRoute({ role: 'admin', body: createAlertRuleInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createAlertRule(db, { actor, input: body }), 201),
);
