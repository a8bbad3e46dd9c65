import { testAlertRule } from '@/lib/alerts/test-alert-rule';
import { testAlertRuleInput } from '@/lib/alerts/schemas';
import { apiRoute } from '@/lib/api/route';

export const POST = apiRoute({ role: 'admin', body: testAlertRuleInput, route: '/api/v1/alert-rules/test' }, ({ db, actor, body }) => testAlertRule(db, { actor, input: body }));
