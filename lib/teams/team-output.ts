// What the catalogue reads for one team, and the plain DTO it returns.
import type { Prisma } from '../db/generated/client.ts';
import type { TeamMemberOutput, TeamOutput } from './schemas.ts';

export const teamSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { role: true, user: { select: { id: true, name: true, email: true } } } },
  services: { select: { slug: true }, orderBy: { slug: 'asc' } },
} satisfies Prisma.TeamSelect;

export type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamSelect }>;

/** Leads first, then by name: the order people look for whom to ask. */
function byRoleThenName(a: TeamMemberOutput, b: TeamMemberOutput): number {
  if (a.role !== b.role) return a.role === 'lead' ? -1 : 1;
  return a.name.localeCompare(b.name) || a.email.localeCompare(b.email);
}

export function toTeamOutput(t: TeamRow): TeamOutput {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    members: t.members
      .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role }))
      .sort(byRoleThenName),
    services: t.services.map((s) => s.slug),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
