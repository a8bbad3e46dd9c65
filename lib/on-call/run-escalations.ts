import 'server-only';
// The escalation pass (the worker runs it with every outbox sweep and on a one-minute
// schedule; tests call it with an injected clock). It claims the escalations that must move:
//   - the current level's wait is over (nextAt ≤ now) with nobody acknowledging;
//   - every page of the current level is undeliverable (each message to a real channel is
//     dead after its retries): escalate now instead of waiting for the timer;
//   - the incident was resolved: stop.
// Claiming is `FOR UPDATE OF e SKIP LOCKED` inside one transaction per batch, so any number
// of workers share the work and none moves the same escalation twice; a move is idempotent
// anyway (unique pages per level, idempotency keys on the timeline entries).
import type { Db } from '../db/client.ts';
import { advanceEscalation } from './advance-escalation.ts';

export interface EscalationReport {
  claimed: number;
  advanced: number;
  exhausted: number;
  resolved: number;
}

export async function runEscalations(db: Db, { now = new Date(), batchSize = 100 }: { now?: Date; batchSize?: number } = {}): Promise<EscalationReport> {
  const report: EscalationReport = { claimed: 0, advanced: 0, exhausted: 0, resolved: 0 };
  for (;;) {
    const n = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; timedOut: boolean; pagedAny: boolean }[]>`
        SELECT e.id, e."nextAt" <= ${now} AS "timedOut",
               EXISTS (SELECT 1 FROM "Page" q WHERE q."escalationId" = e.id AND q.round = e.round AND q.level = e.level) AS "pagedAny"
        FROM "PageEscalation" e JOIN "Incident" i ON i.id = e."incidentId"
        WHERE e.status = 'active' AND (
          e."nextAt" <= ${now}
          OR i.status IN ('resolved', 'closed')
          OR NOT EXISTS (
            SELECT 1 FROM "Page" p
            WHERE p."escalationId" = e.id AND p.round = e.round AND p.level = e.level AND p.status = 'sent'
              AND (NOT EXISTS (SELECT 1 FROM "NotificationMessage" m WHERE m."subjectType" = 'page' AND m."subjectId" = p.id::text AND m."channelType" <> 'inbox')
                   OR EXISTS (SELECT 1 FROM "NotificationMessage" m WHERE m."subjectType" = 'page' AND m."subjectId" = p.id::text AND m."channelType" <> 'inbox' AND m.status <> 'dead'))
          )
        )
        ORDER BY e."nextAt"
        LIMIT ${batchSize}
        FOR UPDATE OF e SKIP LOCKED`;
      for (const row of due) {
        // A level that paged nobody (no one on call) moves on at once, as does an undeliverable one.
        const reason = !row.pagedAny ? 'nobody' : row.timedOut ? 'timeout' : 'undeliverable';
        const outcome = await advanceEscalation(tx, { escalationId: row.id, now, reason });
        if (outcome !== 'skipped') report[outcome] += 1;
      }
      return due.length;
    }, { timeout: 60_000 });
    report.claimed += n;
    if (n < batchSize) return report;
  }
}
