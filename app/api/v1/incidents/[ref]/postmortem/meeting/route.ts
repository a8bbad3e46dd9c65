import { apiRoute } from '@/lib/api/route';
import { meetingInput } from '@/lib/postmortems/review-schemas';
import { postmortemParams } from '@/lib/postmortems/schemas';
import { setMeeting } from '@/lib/postmortems/set-meeting';

export const PUT = apiRoute({ role: 'responder', params: postmortemParams, body: meetingInput, route: '/api/v1/incidents/[ref]/postmortem/meeting' }, ({ db, actor, params, body }) =>
  setMeeting(db, { actor, ref: params.ref, input: body }),
);
