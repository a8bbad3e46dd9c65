import { apiRoute } from '@/lib/api/route';
import { publishPostmortem } from '@/lib/postmortems/publish-postmortem';
import { postmortemParams } from '@/lib/postmortems/schemas';

export const POST = apiRoute({ role: 'responder', params: postmortemParams, route: '/api/v1/incidents/[ref]/postmortem/publish' }, ({ db, actor, params }) =>
  publishPostmortem(db, { actor, ref: params.ref }),
);
