import 'server-only';
// What a one-time link does when opened: checks it (signature, expiry, the page is still the
// link's person's), records its use, and acknowledges or escalates, all in one transaction.
// The answer is a state the link page shows in the reader's language.
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { formatReference } from '../incidents/reference.ts';
import { acknowledgePageLocked, lockPage } from './acknowledge-page.ts';
import { advanceEscalation } from './advance-escalation.ts';
import { consumePageLink, verifyPageLink } from './page-links.ts';

export type LinkOutcome =
  | { state: 'acknowledged' | 'escalated'; reference: string; title: string }
  | { state: 'used' | 'expired' | 'invalid' | 'ended'; reference: string | null; title: string | null };

export async function redeemPageLink(db: Db, { token, now = new Date() }: { token: string; now?: Date }): Promise<LinkOutcome> {
  const check = await verifyPageLink(db, token, now);
  if (!check.ok) return { state: check.reason, reference: null, title: null };
  const { claims } = check;
  return db.$transaction(async (tx) => {
    const incident = await tx.page.findUnique({ where: { id: claims.pageId }, select: { userId: true, escalation: { select: { incident: { select: { number: true, title: true } } } } } });
    if (!incident || incident.userId !== claims.userId) return { state: 'invalid', reference: null, title: null } as const;
    const ref = { reference: formatReference(incident.escalation.incident.number), title: incident.escalation.incident.title };
    if (!(await consumePageLink(tx, claims))) return { state: 'used', ...ref } as const;
    const page = await lockPage(tx, claims.pageId);
    if (page.escalation.status !== 'active') return { state: 'ended', ...ref } as const;
    if (claims.action === 'ack') {
      try {
        await acknowledgePageLocked(tx, { pageId: claims.pageId, actor: null, now, via: 'link' });
      } catch (e) {
        if (e instanceof AppError && e.code === 'conflict') return { state: 'ended', ...ref } as const;
        throw e;
      }
      return { state: 'acknowledged', ...ref } as const;
    }
    await advanceEscalation(tx, { escalationId: page.escalationId, now, reason: 'manual', by: page.user.name });
    return { state: 'escalated', ...ref } as const;
  });
}
