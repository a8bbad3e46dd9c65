// What the incidents domain reads for one incident (with its "who to call" and roles), and
// the plain DTOs it returns. Times leave as ISO strings; derived values (reference,
// durations, allowed statuses, overdue update) are computed here so every reader agrees.
import type { Prisma } from '../db/generated/client.ts';
import { incidentDurations } from './durations.ts';
import { formatReference } from './reference.ts';
import type { IncidentOutput, IncidentRoleKind, IncidentSummaryOutput, Severity } from './schemas.ts';
import { allowedTransitions, isOpenStatus, type IncidentStatus } from './status-machine.ts';

export const incidentSelect = {
  id: true,
  number: true,
  title: true,
  summary: true,
  severity: true,
  status: true,
  impact: true,
  customerFacing: true,
  drill: true,
  startedAt: true,
  detectedAt: true,
  declaredAt: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  closedAt: true,
  nextUpdateAt: true,
  declaredBy: { select: { id: true, name: true } },
  version: true,
  createdAt: true,
  updatedAt: true,
  services: {
    select: {
      service: {
        select: {
          slug: true,
          name: true,
          ownerTeam: { select: { slug: true, name: true } },
          contacts: { select: { name: true, role: true, email: true, phone: true, chat: true }, orderBy: { position: 'asc' } },
        },
      },
    },
    orderBy: { service: { slug: 'asc' } },
  },
  roles: {
    select: { role: true, userId: true, user: { select: { name: true, email: true } } },
    orderBy: [{ role: 'asc' }, { assignedAt: 'asc' }],
  },
} satisfies Prisma.IncidentSelect;

export type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof incidentSelect }>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function isUpdateOverdue(i: { status: string; nextUpdateAt: Date | null }, now = new Date()): boolean {
  return !!i.nextUpdateAt && i.nextUpdateAt.getTime() < now.getTime() && isOpenStatus(i.status as IncidentStatus);
}

export function toIncidentOutput(i: IncidentRow, now = new Date()): IncidentOutput {
  const status = i.status as IncidentStatus;
  return {
    id: i.id,
    number: i.number,
    reference: formatReference(i.number),
    title: i.title,
    summary: i.summary,
    severity: i.severity as Severity,
    status,
    allowedStatuses: allowedTransitions(status),
    impact: i.impact,
    customerFacing: i.customerFacing,
    drill: i.drill,
    startedAt: iso(i.startedAt),
    detectedAt: iso(i.detectedAt),
    declaredAt: i.declaredAt.toISOString(),
    acknowledgedAt: iso(i.acknowledgedAt),
    mitigatedAt: iso(i.mitigatedAt),
    resolvedAt: iso(i.resolvedAt),
    closedAt: iso(i.closedAt),
    nextUpdateAt: iso(i.nextUpdateAt),
    updateOverdue: isUpdateOverdue(i, now),
    version: i.version,
    services: i.services.map(({ service: s }) => ({
      slug: s.slug,
      name: s.name,
      ownerTeam: s.ownerTeam ? { slug: s.ownerTeam.slug, name: s.ownerTeam.name } : null,
      contacts: s.contacts,
    })),
    roles: i.roles.map((r) => ({ role: r.role as IncidentRoleKind, userId: r.userId, name: r.user.name, email: r.user.email })),
    durations: incidentDurations(i),
    declaredBy: i.declaredBy ? { userId: i.declaredBy.id, name: i.declaredBy.name } : null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export const incidentSummarySelect = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  customerFacing: true,
  drill: true,
  startedAt: true,
  declaredAt: true,
  resolvedAt: true,
  nextUpdateAt: true,
  services: { select: { service: { select: { slug: true, name: true } } }, orderBy: { service: { slug: 'asc' } } },
  roles: { where: { role: 'commander' }, select: { userId: true, user: { select: { name: true } } }, take: 1 },
} satisfies Prisma.IncidentSelect;

export type IncidentSummaryRow = Prisma.IncidentGetPayload<{ select: typeof incidentSummarySelect }>;

export function toIncidentSummary(i: IncidentSummaryRow, now = new Date()): IncidentSummaryOutput {
  const commander = i.roles[0];
  return {
    id: i.id,
    number: i.number,
    reference: formatReference(i.number),
    title: i.title,
    severity: i.severity as Severity,
    status: i.status as IncidentStatus,
    customerFacing: i.customerFacing,
    drill: i.drill,
    startedAt: iso(i.startedAt),
    declaredAt: i.declaredAt.toISOString(),
    resolvedAt: iso(i.resolvedAt),
    nextUpdateAt: iso(i.nextUpdateAt),
    updateOverdue: isUpdateOverdue(i, now),
    services: i.services.map(({ service: s }) => ({ slug: s.slug, name: s.name })),
    commander: commander ? { userId: commander.userId, name: commander.user.name } : null,
  };
}
