import { apiRoute, jsonResponse } from '@/lib/api/route';
import { createTeam } from '@/lib/teams/create-team';
import { listTeams } from '@/lib/teams/list-teams';
import { createTeamInput, listTeamsQuery } from '@/lib/teams/schemas';

const route = '/api/v1/teams';

export const GET = apiRoute({ role: 'viewer', query: listTeamsQuery, route }, ({ db, actor, query }) =>
  listTeams(db, { actor, input: query }),
);

export const POST = apiRoute({ role: 'responder', body: createTeamInput, route }, async ({ db, actor, body }) =>
  jsonResponse(await createTeam(db, { actor, input: body }), 201),
);
