import { apiRoute } from '@/lib/api/route';
import { setNotificationRules } from '@/lib/on-call/contact-methods';
import { setNotificationRulesInput } from '@/lib/on-call/schemas';

export const PUT = apiRoute({ role: 'viewer', body: setNotificationRulesInput, route: '/api/v1/me/notification-rules' }, ({ db, actor, body }) => setNotificationRules(db, { actor, input: body }));
