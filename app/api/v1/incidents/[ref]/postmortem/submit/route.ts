import { apiRoute } from '@/lib/api/route';
import { postmortemParams, submitPostmortemInput } from '@/lib/postmortems/schemas';
import { submitPostmortem } from '@/lib/postmortems/submit-postmortem';

export const POST = apiRoute(
  { role: 'responder', params: postmortemParams, body: submitPostmortemInput, route: '/api/v1/incidents/[ref]/postmortem/submit' },
  ({ db, actor, params, body }) => submitPostmortem(db, { actor, ref: params.ref, input: body }),
);
