import 'server-only';
// Draft → in review. Names reviewers (added to those already named; never the author, who
// cannot approve their own document; people who can write, i.e. responders or admins) and
// starts a new review round: every earlier decision goes back to pending. There must be at
// least as many reviewers as the severity requires approvals. Every reviewer of the round is
// told they were asked (inbox and email, through the outbox, in the same transaction).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { enqueueDirectNotifications } from '../notifications/enqueue-direct.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { lockPostmortem } from './find-postmortem.ts';
import { reloadPostmortem } from './postmortem-output.ts';
import { requiredApprovalsFor } from './required-approvals.ts';
import type { PostmortemOutput, SubmitPostmortemInput } from './schemas.ts';

export async function submitPostmortem(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: SubmitPostmortemInput }): Promise<PostmortemOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ref);
    if (pm.status !== 'draft') throw new AppError('conflict', pm.status === 'in_review' ? 'The postmortem is already in review.' : 'The postmortem is published: re-open it first.');
    const ids = [...new Set(input.reviewerIds)];
    const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, active: true } });
    const issues = ids.flatMap((id, i) => {
      const u = users.find((x) => x.id === id);
      if (!u || !u.active) return [{ path: `reviewerIds.${i}`, message: 'No active user with this id.' }];
      if (u.role === 'viewer') return [{ path: `reviewerIds.${i}`, message: 'Reviewers must be responders or administrators.' }];
      if (id === pm.authorUserId) return [{ path: `reviewerIds.${i}`, message: 'The author cannot review their own postmortem.' }];
      return [];
    });
    if (issues.length) throw new AppError('invalid', `Some fields are not valid: ${issues.map((x) => x.path).join(', ')}.`, { issues });
    await tx.postmortemReviewer.createMany({ data: ids.map((userId) => ({ postmortemId: pm.id, userId })), skipDuplicates: true });
    await tx.postmortemReviewer.updateMany({ where: { postmortemId: pm.id }, data: { decision: 'pending', comment: '', decidedAt: null } });
    const reviewers = await tx.postmortemReviewer.count({ where: { postmortemId: pm.id } });
    const required = await requiredApprovalsFor(tx, pm.severity);
    if (reviewers < required) {
      throw new AppError('invalid', `A ${pm.severity} postmortem needs ${required} approvals: name at least ${required} reviewers.`, {
        issues: [{ path: 'reviewerIds', message: `Name at least ${required} reviewers.`, code: 'notEnoughReviewers' }],
      });
    }
    await tx.postmortem.update({ where: { id: pm.id }, data: { status: 'in_review', submittedAt: new Date(), version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: 'postmortem.submitted', entityType: 'postmortem', entityId: pm.id, before: { status: pm.status }, after: { status: 'in_review', reviewerIds: ids } });
    const incident = await tx.incident.findUniqueOrThrow({ where: { id: pm.incidentId }, select: { title: true } });
    const everyone = await tx.postmortemReviewer.findMany({ where: { postmortemId: pm.id }, select: { userId: true } });
    await enqueueDirectNotifications(tx, {
      event: 'postmortem_review_requested',
      reason: 'review_request',
      subject: { type: 'postmortem', id: pm.id },
      recipients: everyone.flatMap((r) => [{ userId: r.userId, channelType: 'inbox' as const }, { userId: r.userId, channelType: 'email' as const }]),
      payload: { title: incident.title, reference: pm.reference, severity: pm.severity, requestedBy: actor.label, linkPath: `/incidents/${pm.reference}/postmortem` },
    });
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    return reloadPostmortem(tx, pm.incidentId);
  });
}
