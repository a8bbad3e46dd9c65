// One select and one mapper for every answer that returns a change: the API never sees a
// raw row.
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { ChangeKind, ChangeOutput, ChangeRisk } from './schemas.ts';
import { allowedChangeTransitions, type ChangeStatus } from './status-machine.ts';

export const changeSelect = {
  id: true, kind: true, title: true, description: true, risk: true, scheduledAt: true, expectedImpact: true,
  rollbackPlan: true, externalRef: true, externalId: true, status: true, shortNotice: true, noticePeriodHours: true,
  announcedAt: true, announcedById: true, announcedByLabel: true, startedAt: true, startedEarly: true, startedUnacknowledgedTeams: true, finishedAt: true, version: true,
  createdAt: true, updatedAt: true,
  service: { select: { slug: true, name: true, ownerTeam: { select: { slug: true, name: true } } } },
} satisfies Prisma.ChangeEventSelect;

export type ChangeRow = Prisma.ChangeEventGetPayload<{ select: typeof changeSelect }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toChangeOutput(r: ChangeRow): ChangeOutput {
  const status = r.status as ChangeStatus;
  return {
    id: r.id,
    service: { slug: r.service.slug, name: r.service.name, ownerTeam: r.service.ownerTeam },
    kind: r.kind as ChangeKind,
    title: r.title,
    description: r.description,
    risk: r.risk as ChangeRisk,
    scheduledAt: r.scheduledAt.toISOString(),
    expectedImpact: r.expectedImpact,
    rollbackPlan: r.rollbackPlan,
    externalRef: r.externalRef,
    externalId: r.externalId,
    status,
    allowedStatuses: allowedChangeTransitions(status),
    shortNotice: r.shortNotice,
    noticePeriodHours: r.noticePeriodHours,
    announcedAt: r.announcedAt.toISOString(),
    announcedBy: { userId: r.announcedById, label: r.announcedByLabel },
    startedAt: iso(r.startedAt),
    startedEarly: r.startedEarly,
    startedUnacknowledgedTeams: r.startedUnacknowledgedTeams,
    finishedAt: iso(r.finishedAt),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function loadChangeOutput(db: DbTx, id: string): Promise<ChangeOutput> {
  const row = await db.changeEvent.findUnique({ where: { id }, select: changeSelect });
  if (!row) throw new AppError('not_found', 'Change not found.');
  return toChangeOutput(row);
}

/** The fields an audit record keeps of a change (before/after). */
export function auditSnapshot(c: ChangeOutput): Record<string, unknown> {
  const { allowedStatuses: _allowed, service, createdAt: _c, updatedAt: _u, ...rest } = c;
  return { ...rest, service: service.slug };
}
