'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { setAutoSubscriptionInput } from '@/lib/subscriptions/auto-subscription-schemas';
import { setAutoSubscription } from '@/lib/subscriptions/auto-subscriptions';
import { createTeam } from '@/lib/teams/create-team';
import { deleteTeam } from '@/lib/teams/delete-team';
import { removeTeamMember } from '@/lib/teams/remove-team-member';
import { createTeamInput, teamMemberParams, teamRoleField, teamSlugParams, updateTeamInput } from '@/lib/teams/schemas';
import { setTeamMember } from '@/lib/teams/set-team-member';
import { updateTeam } from '@/lib/teams/update-team';

export const createTeamAction = serverAction({ role: 'responder', input: createTeamInput }, ({ db, actor, input }) =>
  createTeam(db, { actor, input }),
);

export const updateTeamAction = serverAction(
  { role: 'responder', input: z.object({ slug: teamSlugParams.shape.slug, changes: updateTeamInput }) },
  ({ db, actor, input }) => updateTeam(db, { actor, slug: input.slug, input: input.changes }),
);

export const deleteTeamAction = serverAction({ role: 'responder', input: teamSlugParams }, async ({ db, actor, input }) => {
  await deleteTeam(db, { actor, slug: input.slug });
  return { deleted: input.slug };
});

export const setTeamMemberAction = serverAction(
  { role: 'responder', input: teamMemberParams.extend({ role: teamRoleField }) },
  ({ db, actor, input }) => setTeamMember(db, { actor, slug: input.slug, userId: input.userId, input: { role: input.role } }),
);

export const removeTeamMemberAction = serverAction({ role: 'responder', input: teamMemberParams }, ({ db, actor, input }) =>
  removeTeamMember(db, { actor, slug: input.slug, userId: input.userId }),
);

export const setAutoSubscriptionAction = serverAction(
  { role: 'responder', input: z.object({ team: teamSlugParams.shape.slug, change: setAutoSubscriptionInput }) },
  ({ db, actor, input }) => setAutoSubscription(db, { actor, team: input.team, input: input.change }),
);
