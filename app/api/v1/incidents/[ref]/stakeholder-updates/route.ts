import { apiRoute } from '@/lib/api/route';
import { postStakeholderUpdate } from '@/lib/incidents/post-stakeholder-update';
import { incidentRefParams, postStakeholderUpdateInput } from '@/lib/incidents/schemas';
import { createdOrReplayed, idempotencyKeyOf } from '@/lib/timeline/idempotency';

export const POST = apiRoute(
  { role: 'responder', params: incidentRefParams, body: postStakeholderUpdateInput, route: '/api/v1/incidents/[ref]/stakeholder-updates' },
  async ({ req, db, actor, params, body }) => {
    const { created, ...result } = await postStakeholderUpdate(db, { actor, ref: params.ref, input: body, idempotencyKey: idempotencyKeyOf(req) });
    return createdOrReplayed(result, created);
  },
);
