import { apiRoute, jsonResponse } from '@/lib/api/route';
import { addComment, listComments } from '@/lib/postmortems/comments';
import { addCommentInput, listCommentsQuery } from '@/lib/postmortems/review-schemas';
import { postmortemParams } from '@/lib/postmortems/schemas';

const route = '/api/v1/incidents/[ref]/postmortem/comments';

export const GET = apiRoute({ role: 'viewer', params: postmortemParams, query: listCommentsQuery, route }, ({ db, actor, params, query }) =>
  listComments(db, { actor, ref: params.ref, query }),
);

export const POST = apiRoute({ role: 'responder', params: postmortemParams, body: addCommentInput, route }, async ({ db, actor, params, body }) =>
  jsonResponse(await addComment(db, { actor, ref: params.ref, input: body }), 201),
);
