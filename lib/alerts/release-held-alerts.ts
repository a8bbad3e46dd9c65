import 'server-only';
// Alerts held by an expected-alerts change are routed again once the change has finished and
// its grace period is over (periodic task, every minute): still firing, they may now declare.
// Re-queued as an AlertEvent (the alert's outcome becomes null = pending), so a second run of
// the task queues nothing twice.
import type { Db } from '../db/client.ts';
import { isHolding } from './correlate-change.ts';
import { ALERTS_CHANNEL } from './ingest-alerts.ts';

export async function releaseHeldAlerts(db: Db, now: Date): Promise<number> {
  const held = await db.alert.findMany({
    where: { outcome: 'held', status: { not: 'resolved' } },
    select: {
      id: true, status: true,
      duringChange: { select: { id: true, title: true, status: true, scheduledAt: true, startedAt: true, finishedAt: true, service: { select: { slug: true } }, alertExpectation: { select: { graceMinutes: true } } } },
    },
    take: 500,
  });
  const due = held.filter((a) => !a.duringChange || !isHolding(a.duringChange, now));
  let released = 0;
  for (const a of due) {
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.alert.updateMany({ where: { id: a.id, outcome: 'held' }, data: { outcome: null, updatedAt: now } });
      if (count === 0) return false;
      await tx.alertEvent.create({ data: { alertId: a.id, status: a.status, occurredAt: now, note: 'change window over' } });
      await tx.$executeRawUnsafe(`SELECT pg_notify('${ALERTS_CHANNEL}', '')`);
      return true;
    });
    if (done) released++;
  }
  return released;
}
