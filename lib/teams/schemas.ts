// Teams own services and group the people who run them. Input and output shapes, shared by
// the forms, the route handlers and the OpenAPI document.
import { z } from 'zod';
import { slugField } from '../services/slug.ts';

export const teamRoles = ['member', 'lead'] as const;
export const teamRoleField = z.enum(teamRoles);
export type TeamRole = z.infer<typeof teamRoleField>;

const teamFields = {
  slug: slugField,
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000),
};

export const createTeamInput = z
  .object({ ...teamFields, description: teamFields.description.default('') })
  .meta({ id: 'CreateTeamInput' });
export type CreateTeamInput = z.infer<typeof createTeamInput>;

export const updateTeamInput = z.object(teamFields).partial().meta({ id: 'UpdateTeamInput' });
export type UpdateTeamInput = z.infer<typeof updateTeamInput>;

export const setTeamMemberInput = z.object({ role: teamRoleField.default('member') }).meta({ id: 'SetTeamMemberInput' });
export type SetTeamMemberInput = z.infer<typeof setTeamMemberInput>;

export const teamSlugParams = z.object({ slug: z.string().min(1).max(100) });
export const teamMemberParams = z.object({ slug: z.string().min(1).max(100), userId: z.uuid() });

export const listTeamsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ListTeamsQuery = z.infer<typeof listTeamsQuery>;

export const teamMemberOutput = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string(), role: teamRoleField })
  .meta({ id: 'TeamMember' });
export type TeamMemberOutput = z.infer<typeof teamMemberOutput>;

export const teamOutput = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    members: z.array(teamMemberOutput),
    services: z.array(z.string()).meta({ description: 'Slugs of the services this team owns.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Team' });
export type TeamOutput = z.infer<typeof teamOutput>;

export interface TeamListOutput {
  items: TeamOutput[];
  nextCursor: string | null;
}
