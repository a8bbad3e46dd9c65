import 'server-only';
// A named reviewer approves or requests changes (with a comment). Only named reviewers may
// decide, and never the author. A reviewer may change their decision while the postmortem is
// in review.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { lockPostmortem } from './find-postmortem.ts';
import { reloadPostmortem } from './postmortem-output.ts';
import type { PostmortemOutput, ReviewPostmortemInput } from './schemas.ts';

export async function reviewPostmortem(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: ReviewPostmortemInput }): Promise<PostmortemOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ref);
    if (pm.status !== 'in_review') throw new AppError('conflict', 'The postmortem is not in review: submit it for review first.');
    if (actor.userId && actor.userId === pm.authorUserId) throw new AppError('forbidden', 'The author cannot review their own postmortem.');
    if (!actor.userId) throw new AppError('forbidden', 'Reviews are made by people: sign in as a named reviewer (API tokens cannot review).');
    const reviewer = await tx.postmortemReviewer.findUnique({ where: { postmortemId_userId: { postmortemId: pm.id, userId: actor.userId } }, select: { decision: true, comment: true } });
    if (!reviewer) throw new AppError('forbidden', 'Only the named reviewers may approve or request changes.');
    const decision = input.decision === 'approve' ? 'approved' : 'changes_requested';
    await tx.postmortemReviewer.update({
      where: { postmortemId_userId: { postmortemId: pm.id, userId: actor.userId } },
      data: { decision, comment: input.comment, decidedAt: new Date() },
    });
    await tx.postmortem.update({ where: { id: pm.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: `postmortem.${decision}`, entityType: 'postmortem', entityId: pm.id, before: reviewer, after: { decision, comment: input.comment } });
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    return reloadPostmortem(tx, pm.incidentId);
  });
}
