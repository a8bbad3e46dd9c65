// The one place that turns KnownIssue rows into DTOs: the select every read uses, and the
// mapping (dates as ISO strings, related rows flattened).
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { KnownIssueOutput, KnownIssueStatus, KnownIssueSummaryOutput } from './schemas.ts';

export const knownIssueSummarySelect = {
  id: true,
  title: true,
  status: true,
  tags: true,
  errorSignatures: true,
  workaround: true,
  lastReviewedAt: true,
  updatedAt: true,
  version: true,
  services: { select: { service: { select: { slug: true, name: true } } }, orderBy: { service: { slug: 'asc' } } },
} satisfies Prisma.KnownIssueSelect;

export const knownIssueSelect = {
  ...knownIssueSummarySelect,
  symptoms: true,
  cause: true,
  resolution: true,
  createdAt: true,
  ownerTeam: { select: { slug: true, name: true } },
  author: { select: { id: true, name: true } },
  incidents: {
    select: { linkedAt: true, incident: { select: { id: true, number: true, title: true } } },
    orderBy: { linkedAt: 'desc' },
  },
} satisfies Prisma.KnownIssueSelect;

type SummaryRow = Prisma.KnownIssueGetPayload<{ select: typeof knownIssueSummarySelect }>;
type Row = Prisma.KnownIssueGetPayload<{ select: typeof knownIssueSelect }>;

export function toKnownIssueSummary(r: SummaryRow): KnownIssueSummaryOutput {
  return {
    id: r.id,
    title: r.title,
    status: r.status as KnownIssueStatus,
    tags: r.tags,
    errorSignatures: r.errorSignatures,
    workaround: r.workaround,
    services: r.services.map((s) => s.service),
    lastReviewedAt: r.lastReviewedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export function toKnownIssueOutput(r: Row): KnownIssueOutput {
  return {
    ...toKnownIssueSummary(r),
    symptoms: r.symptoms,
    cause: r.cause,
    resolution: r.resolution,
    ownerTeam: r.ownerTeam,
    author: r.author ? { userId: r.author.id, name: r.author.name } : null,
    incidents: r.incidents.map((l) => ({
      id: l.incident.id,
      reference: `INC-${l.incident.number}`,
      title: l.incident.title,
      linkedAt: l.linkedAt.toISOString(),
    })),
    createdAt: r.createdAt.toISOString(),
  };
}

export function knownIssueNotFound(): AppError {
  return new AppError('not_found', 'Known issue not found.');
}

/** The full DTO, or `not_found`. */
export async function loadKnownIssue(db: DbTx, id: string): Promise<KnownIssueOutput> {
  const row = await db.knownIssue.findUnique({ where: { id }, select: knownIssueSelect });
  if (!row) throw knownIssueNotFound();
  return toKnownIssueOutput(row);
}
