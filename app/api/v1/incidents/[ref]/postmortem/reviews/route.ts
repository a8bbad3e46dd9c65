import { apiRoute } from '@/lib/api/route';
import { reviewPostmortem } from '@/lib/postmortems/review-postmortem';
import { postmortemParams, reviewPostmortemInput } from '@/lib/postmortems/schemas';

export const POST = apiRoute(
  { role: 'responder', params: postmortemParams, body: reviewPostmortemInput, route: '/api/v1/incidents/[ref]/postmortem/reviews' },
  ({ db, actor, params, body }) => reviewPostmortem(db, { actor, ref: params.ref, input: body }),
);
