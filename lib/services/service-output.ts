// What the catalogue reads from the database for one service, and the plain DTO it returns.
import type { Prisma } from '../db/generated/client.ts';
import type { ServiceOutput } from './schemas.ts';

export const serviceSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  tier: true,
  noticePeriodHours: true,
  escalationPolicyId: true,
  createdAt: true,
  updatedAt: true,
  ownerTeam: { select: { slug: true } },
  contacts: { select: { name: true, role: true, email: true, phone: true, chat: true }, orderBy: { position: 'asc' } },
  dependsOn: { select: { dependsOn: { select: { slug: true } } } },
  dependents: { select: { service: { select: { slug: true } } } },
} satisfies Prisma.ServiceSelect;

export type ServiceRow = Prisma.ServiceGetPayload<{ select: typeof serviceSelect }>;

export function toServiceOutput(s: ServiceRow): ServiceOutput {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    tier: s.tier,
    noticePeriodHours: s.noticePeriodHours,
    ownerTeam: s.ownerTeam?.slug ?? null,
    escalationPolicy: s.escalationPolicyId,
    contacts: s.contacts.map((c) => ({ name: c.name, role: c.role, email: c.email, phone: c.phone, chat: c.chat })),
    dependsOn: s.dependsOn.map((d) => d.dependsOn.slug).sort(),
    dependedOnBy: s.dependents.map((d) => d.service.slug).sort(),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
