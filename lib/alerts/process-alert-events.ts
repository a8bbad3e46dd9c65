import 'server-only';
// The worker's pass over the alert queue (AlertEvent rows not yet processed). Each event is
// claimed and routed in ONE transaction: FOR UPDATE SKIP LOCKED lets any number of workers share
// the queue, and an event whose alert has an earlier unprocessed event waits for it, so one
// alert's events are routed in order. A failure rolls back that event alone (it stays queued
// and is retried on the next pass); a crash mid-way loses nothing and doubles nothing (the
// timeline entries are idempotent on the event id).
import type { Env } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { applyAlertEvent, type ClaimedEvent } from './apply-alert-event.ts';
import { publishAlertsChanged } from './publish-alerts-changed.ts';

type Settings = Pick<Env, 'ALERT_CHANGE_WINDOW_HOURS' | 'ALERT_FLAP_COUNT' | 'ALERT_FLAP_MINUTES'>;

export interface AlertPassReport {
  processed: number;
  failed: number;
}

const MAX_ATTEMPTS = 3;

async function processOne(db: Db, settings: Settings, now: () => Date): Promise<'done' | 'empty' | 'failed'> {
  let claimedId: bigint | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<ClaimedEvent[]>`
        SELECT e."id", e."alertId"::text AS "alertId", e."status"::text AS "status", e."note"
        FROM "AlertEvent" e
        WHERE e."processedAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "AlertEvent" p WHERE p."alertId" = e."alertId" AND p."processedAt" IS NULL AND p."id" < e."id")
        ORDER BY e."id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      const ev = claimed[0];
      if (!ev) return 'empty';
      claimedId = ev.id;
      const result = await applyAlertEvent(tx, ev, settings, now());
      await tx.alertEvent.update({ where: { id: ev.id }, data: { processedAt: now(), outcome: result.outcome, note: result.note ?? ev.note } });
      await publishAlertsChanged(tx);
      return 'done';
    }, { timeout: 30_000 });
  } catch (e) {
    logger.error('routing an alert event failed', { eventId: claimedId, error: e });
    // Retried on later passes; after MAX_ATTEMPTS set aside, so one bad event cannot stop the queue.
    if (claimedId !== null) {
      const id = claimedId;
      await db.$transaction(async (tx) => {
        const ev = await tx.alertEvent.update({ where: { id }, data: { attempts: { increment: 1 } }, select: { attempts: true } });
        if (ev.attempts >= MAX_ATTEMPTS) {
          await tx.alertEvent.update({ where: { id }, data: { processedAt: now(), outcome: 'failed', note: String((e as Error).message ?? e).slice(0, 500) } });
        }
      }).catch(() => undefined);
    }
    return 'failed';
  }
}

/** Routes queued events until the queue is empty or `max` were handled. */
export async function processAlertEvents(db: Db, settings: Settings, { max = 200, now = () => new Date() }: { max?: number; now?: () => Date } = {}): Promise<AlertPassReport> {
  const report: AlertPassReport = { processed: 0, failed: 0 };
  while (report.processed + report.failed < max) {
    const r = await processOne(db, settings, now);
    if (r === 'empty') break;
    if (r === 'done') report.processed++;
    else {
      report.failed++;
      break; // a failing event is retried next pass, not spun on
    }
  }
  return report;
}
