import 'server-only';
// Ends an escalation's pages that are still waiting, and withdraws their messages not yet sent
// (an SMS "after 2 minutes" is not sent once someone has acknowledged).
import type { DbTx } from '../db/client.ts';

export async function cancelOpenPages(tx: DbTx, { escalationId, now, status, exceptPageId }: { escalationId: string; now: Date; status: 'cancelled' | 'escalated'; exceptPageId?: string }): Promise<void> {
  const open = await tx.page.findMany({ where: { escalationId, status: { in: ['sent', 'escalated'] }, ...(exceptPageId ? { id: { not: exceptPageId } } : {}) }, select: { id: true, status: true } });
  const ids = open.map((p) => p.id);
  if (ids.length) await tx.page.updateMany({ where: { id: { in: ids }, status: 'sent' }, data: { status, endedAt: now } });
  // The acknowledged page's own later messages (an SMS "after 2 minutes") are withdrawn too.
  if (exceptPageId) ids.push(exceptPageId);
  if (ids.length === 0) return;
  await tx.notificationMessage.updateMany({
    where: { subjectType: 'page', subjectId: { in: ids }, status: { in: ['pending', 'failed'] } },
    data: { status: 'dead', lastError: 'Withdrawn: the page ended before this was sent.' },
  });
}
