import 'server-only';
// "Reassign": the page goes to someone else at the same level (the old page is cancelled).
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { formatReference } from '../incidents/reference.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { resolveUsersByEmail } from './access.ts';
import { lockPage } from './acknowledge-page.ts';
import { reassignedEntry } from './page-entries.ts';
import { pageLevel } from './page-level.ts';

export async function reassignPage(db: Db, { actor, pageId, email, now = new Date() }: { actor: Actor; pageId: string; email: string; now?: Date }): Promise<{ paged: string[] }> {
  return db.$transaction(async (tx) => {
    const page = await lockPage(tx, pageId);
    if (actor.userId !== page.userId && !hasRole(actor, 'responder')) throw new AppError('forbidden', 'Only the person paged or a responder can reassign.');
    if (page.escalation.status !== 'active' || page.status !== 'sent') throw new AppError('conflict', 'This page is no longer waiting for an answer.');
    const to = (await resolveUsersByEmail(tx, [{ path: 'email', email }])).get(email)!;
    const e = await tx.pageEscalation.findUniqueOrThrow({ where: { id: page.escalationId }, select: { urgency: true, incident: { select: { number: true, title: true, severity: true } } } });
    await tx.page.update({ where: { id: pageId }, data: { status: 'cancelled', endedAt: now } });
    await insertEntry(tx, actor, { incident: { id: page.incidentId }, ...reassignedEntry({ from: page.user.name, to: to.name, by: actor.label, at: now }), occurredAt: now });
    const paged = await pageLevel(tx, {
      escalation: { id: page.escalationId, incidentId: page.incidentId, urgency: e.urgency, reference: formatReference(e.incident.number), title: e.incident.title, severity: e.incident.severity },
      targets: [{ type: 'user', userId: to.id }],
      round: page.round,
      level: page.level,
      now,
    });
    if (paged.length === 0) throw new AppError('conflict', `${to.name} has already been paged at this level.`);
    return { paged };
  });
}
