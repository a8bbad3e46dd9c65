import { apiRoute } from '@/lib/api/route';
import { removeTeamMember } from '@/lib/teams/remove-team-member';
import { setTeamMemberInput, teamMemberParams } from '@/lib/teams/schemas';
import { setTeamMember } from '@/lib/teams/set-team-member';

const route = '/api/v1/teams/[slug]/members/[userId]';

export const PUT = apiRoute(
  { role: 'responder', params: teamMemberParams, body: setTeamMemberInput, route },
  ({ db, actor, params, body }) => setTeamMember(db, { actor, slug: params.slug, userId: params.userId, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: teamMemberParams, route }, ({ db, actor, params }) =>
  removeTeamMember(db, { actor, slug: params.slug, userId: params.userId }),
);
