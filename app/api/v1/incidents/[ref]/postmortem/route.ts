import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { getPostmortem } from '@/lib/postmortems/get-postmortem';
import { createPostmortemQuery, postmortemParams } from '@/lib/postmortems/schemas';

const route = '/api/v1/incidents/[ref]/postmortem';

export const GET = apiRoute({ role: 'viewer', params: postmortemParams, route }, ({ db, actor, params }) => getPostmortem(db, { actor, ref: params.ref }));

/** Creates the postmortem from the template (one per incident; a second create answers 409). */
export const POST = apiRoute({ role: 'responder', params: postmortemParams, query: createPostmortemQuery, route }, async ({ db, actor, params, query }) =>
  jsonResponse(await createPostmortem(db, { actor, ref: params.ref, input: query }), 201),
);
