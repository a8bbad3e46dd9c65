import 'server-only';
// In review → published, when the approvals the incident's severity requires are there and no
// reviewer's request for changes is outstanding. Refusals say what is missing.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { notifyIncidentSubscribers } from '../notifications/notify-incident-subscribers.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexPostmortem } from '../search/index-postmortem.ts';
import { lockPostmortem } from './find-postmortem.ts';
import { reloadPostmortem } from './postmortem-output.ts';
import { requiredApprovalsFor } from './required-approvals.ts';
import type { PostmortemOutput } from './schemas.ts';

export async function publishPostmortem(db: Db, { actor, ref }: { actor: Actor; ref: string }): Promise<PostmortemOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ref);
    if (pm.status === 'published') throw new AppError('conflict', 'The postmortem is already published.');
    if (pm.status === 'draft') throw new AppError('conflict', 'Submit the postmortem for review before publishing it.');
    const reviewers = await tx.postmortemReviewer.findMany({ where: { postmortemId: pm.id }, select: { decision: true } });
    const approvals = reviewers.filter((r) => r.decision === 'approved').length;
    const changes = reviewers.filter((r) => r.decision === 'changes_requested').length;
    const required = await requiredApprovalsFor(tx, pm.severity);
    if (changes > 0) {
      throw new AppError('invalid', `A reviewer requested changes: address them and re-submit, or ask the reviewer to approve.`, {
        issues: [{ path: 'status', message: `${changes} request(s) for changes outstanding.`, code: 'changesRequested' }],
      });
    }
    if (approvals < required) {
      throw new AppError('invalid', `A ${pm.severity} postmortem needs ${required} approval(s) to be published; it has ${approvals}.`, {
        issues: [{ path: 'status', message: `${required - approvals} more approval(s) needed.`, code: 'approvalsMissing' }],
      });
    }
    await tx.postmortem.update({ where: { id: pm.id }, data: { status: 'published', publishedAt: new Date(), publishedById: actor.userId, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: 'postmortem.published', entityType: 'postmortem', entityId: pm.id, before: { status: pm.status }, after: { status: 'published', approvals } });
    await indexPostmortem(tx, pm.id);
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    await notifyIncidentSubscribers(tx, { event: 'postmortem_published', incidentId: pm.incidentId });
    return reloadPostmortem(tx, pm.incidentId);
  });
}
