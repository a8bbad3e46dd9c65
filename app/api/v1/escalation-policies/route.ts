import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createEscalationPolicy } from '@/lib/on-call/create-escalation-policy';
import { listPolicies } from '@/lib/on-call/list-schedules';
import { createPolicyInput } from '@/lib/on-call/schemas';

const route = '/api/v1/escalation-policies';

export const GET = apiRoute({ role: 'viewer', route }, ({ db, actor }) => listPolicies(db, { actor }));

export const POST = apiRoute({ role: 'responder', body: createPolicyInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createEscalationPolicy(db, { actor, input: body }), 201),
);
