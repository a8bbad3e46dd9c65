import { apiRoute } from '@/lib/api/route';
import { reopenPostmortem } from '@/lib/postmortems/reopen-postmortem';
import { postmortemParams } from '@/lib/postmortems/schemas';

export const POST = apiRoute({ role: 'responder', params: postmortemParams, route: '/api/v1/incidents/[ref]/postmortem/reopen' }, ({ db, actor, params }) =>
  reopenPostmortem(db, { actor, ref: params.ref }),
);
