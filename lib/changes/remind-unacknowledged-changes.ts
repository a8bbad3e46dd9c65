import 'server-only';
// The acknowledgement reminder (a periodic task, lib/worker/periodic-tasks.ts): for each
// scheduled change starting within the next `hours` (CHANGE_ACK_REMINDER_HOURS, default 4)
// that a notified team has not acknowledged, ONE `change_ack_reminder` into that team's inbox.
// Idempotent: each (change, team) is claimed by setting remindedAt in the same transaction as
// the outbox row, with a guarded update, so a second run (or a second worker) sends nothing.
import type { Db } from '../db/client.ts';
import { enqueueDirectNotifications } from '../notifications/enqueue-direct.ts';

const HOUR_MS = 3_600_000;

export async function remindUnacknowledgedChanges(db: Db, { now, hours }: { now: Date; hours: number }): Promise<number> {
  const due = await db.changeAcknowledgement.findMany({
    where: {
      acknowledgedAt: null,
      remindedAt: null,
      change: { status: 'scheduled', scheduledAt: { gt: now, lte: new Date(now.getTime() + hours * HOUR_MS) } },
    },
    select: { changeId: true, teamId: true, change: { select: { title: true, scheduledAt: true, service: { select: { name: true } } } } },
    orderBy: [{ changeId: 'asc' }, { teamId: 'asc' }],
    take: 500,
  });
  let sent = 0;
  for (const a of due) {
    sent += await db.$transaction(async (tx) => {
      const { count } = await tx.changeAcknowledgement.updateMany({
        where: { changeId: a.changeId, teamId: a.teamId, acknowledgedAt: null, remindedAt: null },
        data: { remindedAt: now },
      });
      if (count === 0) return 0; // acknowledged or reminded meanwhile
      return enqueueDirectNotifications(tx, {
        event: 'change_ack_reminder',
        subject: { type: 'change', id: a.changeId },
        recipients: [{ teamId: a.teamId, channelType: 'inbox' }],
        payload: { title: a.change.title, serviceName: a.change.service.name, scheduledAt: a.change.scheduledAt.toISOString(), linkPath: `/changes/${a.changeId}` },
      });
    });
  }
  return sent;
}
