import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { getPostmortem } from '@/lib/postmortems/get-postmortem';
import { postmortemParams } from '@/lib/postmortems/schemas';

const route = '/api/v1/incidents/[ref]/postmortem';

export const GET = apiRoute({ role: 'viewer', params: postmortemParams, route }, ({ db, actor, params }) => getPostmortem(db, { actor, ref: params.ref }));

/** Creates the postmortem from the template (one per incident; a second create answers 409). */
export const POST = apiRoute({ role: 'responder', params: postmortemParams, route }, async ({ db, actor, params }) =>
  jsonResponse(await createPostmortem(db, { actor, ref: params.ref }), 201),
);
