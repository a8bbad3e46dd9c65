import { apiRoute } from '@/lib/api/route';
import { resolveComment } from '@/lib/postmortems/comments';
import { commentParams, resolveCommentInput } from '@/lib/postmortems/review-schemas';

export const PATCH = apiRoute(
  { role: 'responder', params: commentParams, body: resolveCommentInput, route: '/api/v1/incidents/[ref]/postmortem/comments/[id]' },
  ({ db, actor, params, body }) => resolveComment(db, { actor, ref: params.ref, commentId: params.id, input: body }),
);
