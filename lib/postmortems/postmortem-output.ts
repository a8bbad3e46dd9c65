import 'server-only';
// Loads one incident's postmortem as its DTO (sections in template order, reviewers, approval
// counts), or null when none was created yet.
import type { DbTx } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import type { Severity } from '../incidents/schemas.ts';
import { findBlamefulPhrases } from './blameless.ts';
import { requiredApprovalsFor } from './required-approvals.ts';
import { toMeetingOutput } from './set-meeting.ts';
import type { PostmortemOutput, SectionOutput } from './schemas.ts';
import { sectionOrder, type SectionKey } from './template.ts';

export const sectionSelect = { key: true, body: true, version: true, updatedBy: true, updatedAt: true } as const;

export function toSectionOutput(row: { key: string; body: string; version: number; updatedBy: string; updatedAt: Date }): SectionOutput {
  return { key: row.key as SectionKey, body: row.body, version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString(), hints: findBlamefulPhrases(row.body) };
}

export async function loadPostmortem(db: DbTx, incidentId: string): Promise<PostmortemOutput | null> {
  const pm = await db.postmortem.findUnique({
    where: { incidentId },
    select: {
      id: true,
      incidentId: true,
      status: true,
      authorUserId: true,
      version: true,
      submittedAt: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      incident: { select: { number: true, title: true, severity: true } },
      sections: { select: sectionSelect },
      meeting: { select: { heldAt: true, attendees: true, notes: true, version: true, updatedAt: true } },
      _count: { select: { comments: { where: { resolvedAt: null } } } },
      reviewers: { select: { userId: true, decision: true, comment: true, decidedAt: true, user: { select: { name: true, email: true } } }, orderBy: { user: { email: 'asc' } } },
    },
  });
  if (!pm) return null;
  const severity = pm.incident.severity as Severity;
  return {
    id: pm.id,
    incidentId: pm.incidentId,
    reference: formatReference(pm.incident.number),
    title: pm.incident.title,
    severity,
    status: pm.status,
    authorUserId: pm.authorUserId,
    version: pm.version,
    sections: pm.sections.map(toSectionOutput).sort((a, b) => sectionOrder(a.key) - sectionOrder(b.key)),
    reviewers: pm.reviewers.map((r) => ({
      userId: r.userId,
      name: r.user.name,
      email: r.user.email,
      decision: r.decision,
      comment: r.comment,
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
    approvals: pm.reviewers.filter((r) => r.decision === 'approved').length,
    requiredApprovals: await requiredApprovalsFor(db, severity),
    meeting: pm.meeting ? toMeetingOutput(pm.meeting) : null,
    openComments: pm._count.comments,
    submittedAt: pm.submittedAt?.toISOString() ?? null,
    publishedAt: pm.publishedAt?.toISOString() ?? null,
    createdAt: pm.createdAt.toISOString(),
    updatedAt: pm.updatedAt.toISOString(),
  };
}

/** The postmortem a use case has just locked or written (it cannot be missing). */
export async function reloadPostmortem(db: DbTx, incidentId: string): Promise<PostmortemOutput> {
  const pm = await loadPostmortem(db, incidentId);
  if (!pm) throw new Error(`postmortem of incident ${incidentId} vanished inside its own transaction`);
  return pm;
}
