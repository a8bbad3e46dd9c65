import { apiRoute } from '@/lib/api/route';
import { deleteTeam } from '@/lib/teams/delete-team';
import { getTeam } from '@/lib/teams/get-team';
import { teamSlugParams, updateTeamInput } from '@/lib/teams/schemas';
import { updateTeam } from '@/lib/teams/update-team';

const route = '/api/v1/teams/[slug]';

export const GET = apiRoute({ role: 'viewer', params: teamSlugParams, route }, ({ db, actor, params }) =>
  getTeam(db, { actor, slug: params.slug }),
);

export const PATCH = apiRoute({ role: 'responder', params: teamSlugParams, body: updateTeamInput, route }, ({ db, actor, params, body }) =>
  updateTeam(db, { actor, slug: params.slug, input: body }),
);

export const DELETE = apiRoute({ role: 'responder', params: teamSlugParams, route }, async ({ db, actor, params }) => {
  await deleteTeam(db, { actor, slug: params.slug });
  return new Response(null, { status: 204 });
});
