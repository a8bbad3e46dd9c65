import 'server-only';
// "Escalate now": a responder (or the paged person) moves the incident's escalation to its
// next level without waiting.
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { advanceEscalation } from './advance-escalation.ts';
import { lockPage } from './acknowledge-page.ts';

export async function escalateNow(db: Db, { actor, pageId, now = new Date() }: { actor: Actor; pageId: string; now?: Date }): Promise<{ status: string }> {
  return db.$transaction(async (tx) => {
    const page = await lockPage(tx, pageId);
    if (actor.userId !== page.userId && !hasRole(actor, 'responder')) throw new AppError('forbidden', 'Only the person paged or a responder can escalate.');
    if (page.escalation.status !== 'active') throw new AppError('conflict', 'Paging for this incident has ended.');
    const outcome = await advanceEscalation(tx, { escalationId: page.escalationId, now, reason: 'manual', by: actor.label });
    return { status: outcome };
  });
}
