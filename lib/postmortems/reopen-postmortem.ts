import 'server-only';
// In review or published → draft, to change the document. Earlier decisions are cleared: what
// reviewers approved may change, so the next submission starts a fresh round.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { indexPostmortem } from '../search/index-postmortem.ts';
import { lockPostmortem } from './find-postmortem.ts';
import { reloadPostmortem } from './postmortem-output.ts';
import type { PostmortemOutput } from './schemas.ts';

export async function reopenPostmortem(db: Db, { actor, ref }: { actor: Actor; ref: string }): Promise<PostmortemOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ref);
    if (pm.status === 'draft') throw new AppError('conflict', 'The postmortem is already a draft.');
    await tx.postmortem.update({ where: { id: pm.id }, data: { status: 'draft', publishedAt: null, publishedById: null, version: { increment: 1 } } });
    await tx.postmortemReviewer.updateMany({ where: { postmortemId: pm.id }, data: { decision: 'pending', comment: '', decidedAt: null } });
    await recordAudit(tx, actor, { action: 'postmortem.reopened', entityType: 'postmortem', entityId: pm.id, before: { status: pm.status }, after: { status: 'draft' } });
    await indexPostmortem(tx, pm.id);
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    return reloadPostmortem(tx, pm.incidentId);
  });
}
