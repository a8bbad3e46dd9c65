import 'server-only';
// The background worker: delivers the notification outbox and runs the periodic tasks.
// Started inside the app by scripts/start.ts (unless FIREBREAK_WORKER=0) and on its own by
// `npm run worker` (scripts/worker.ts); any number of instances may run against one database.
//
// - Delivery: a pass (deliver-due-messages.ts) runs when a transaction that wrote outbox rows
//   commits (its pg_notify on `firebreak_outbox` wakes every listening worker at once), and
//   every `sweepIntervalMs` to catch what a missed notification, a retry time or a lease left.
//   Instances share the work through FOR UPDATE SKIP LOCKED.
// - Alert routing (lib/alerts/process-alert-events.ts) runs in the same passes, woken by
//   `firebreak_alerts`, which the receive path notifies when it queued an alert event.
// - Periodic tasks (periodic-tasks.ts): pg-boss schedules (cron, UTC) in the `pgboss` schema;
//   pg-boss sends each occurrence once across all instances and hands it to one worker.
// Nothing lives only in memory: a restart of the app or of PostgreSQL loses nothing committed.
import { PgBoss } from 'pg-boss';
import { ALERTS_CHANNEL } from '../alerts/ingest-alerts.ts';
import { processAlertEvents, type AlertPassReport } from '../alerts/process-alert-events.ts';
import { getEnv } from '../config/env.ts';
import { createDb, type Db } from '../db/client.ts';
import { coalescingRunner } from '../kernel/coalescing-runner.ts';
import { PgListener } from '../kernel/listen.ts';
import { OUTBOX_CHANNEL } from '../notifications/nudge-worker.ts';
import { pruneRateUses } from '../notifications/rate-limits.ts';
import { runEscalations } from '../on-call/run-escalations.ts';
import { deliverDueMessages, type DeliveryReport } from './deliver-due-messages.ts';
import { deliveryOptionsFromEnv, type DeliveryOptions } from './delivery-options.ts';
import { periodicTasks as defaultTasks, type PeriodicTask } from './periodic-tasks.ts';

export const PGBOSS_SCHEMA = 'pgboss';

export interface WorkerOptions {
  databaseUrl: string;
  /** A client to use; otherwise the worker opens (and closes) its own small pool. */
  db?: Db;
  delivery?: Partial<DeliveryOptions>;
  sweepIntervalMs?: number;
  tasks?: PeriodicTask[];
  log?: (message: string) => void;
  /** Called after each delivery pass that did something (tests wait on it). */
  onPass?: (report: DeliveryReport) => void;
  /** Called after each alert-routing pass that did something. */
  onAlertPass?: (report: AlertPassReport) => void;
}

export type StopWorker = () => Promise<void>;

export async function startWorker(options: WorkerOptions): Promise<StopWorker> {
  const log = options.log ?? ((m: string) => console.log(`[worker] ${m}`));
  const db = options.db ?? createDb(options.databaseUrl, { max: 4 });
  const delivery = deliveryOptionsFromEnv(options.delivery);
  const sweepMs = options.sweepIntervalMs ?? getEnv().NOTIFY_SWEEP_SECONDS * 1000;
  let stopping = false;

  // --- delivery passes: one at a time per process; a wake-up during a pass runs another.
  let lastPrune = 0;
  let lastEscalationPass = 0;
  const passes = coalescingRunner(
    async () => {
      try {
        // On-call escalations move on the same sweep (issue 14): minutes matter when paging.
        // At most every 5 s: outbox wake-ups can come many times a second.
        if (delivery.now().getTime() - lastEscalationPass >= 5000) {
          lastEscalationPass = delivery.now().getTime();
          await runEscalations(db, { now: delivery.now() }).catch((e: Error) => log(`escalation pass failed: ${e.message}`));
        }
        const report = await deliverDueMessages(db, delivery);
        if (report.claimed > 0) options.onPass?.(report);
        const now = delivery.now();
        if (now.getTime() - lastPrune > 10 * 60_000) {
          lastPrune = now.getTime();
          await pruneRateUses(db, now);
        }
        // Alert routing (lib/alerts): the queue of received alerts, woken on firebreak_alerts.
        let alertsFull = false;
        try {
          const alerts = await processAlertEvents(db, getEnv());
          if (alerts.processed + alerts.failed > 0) options.onAlertPass?.(alerts);
          alertsFull = alerts.processed >= 200;
        } catch (e) {
          log(`alert routing pass failed: ${(e as Error).message}`);
        }
        // A full batch means more may be waiting.
        return report.claimed >= delivery.batchSize || alertsFull;
      } catch (e) {
        log(`delivery pass failed: ${(e as Error).message}`);
        return false;
      }
    },
    { shouldRun: () => !stopping },
  );
  const pass = () => passes.run();

  // --- wake-ups: LISTEN on a dedicated connection (the kernel's, with backoff and health
  // checks); on every (re)connect a pass picks up anything committed while not listening.
  const listener = new PgListener({
    connectionString: options.databaseUrl,
    channels: [OUTBOX_CHANNEL, ALERTS_CHANNEL],
    applicationName: 'firebreak-worker',
    name: 'worker listener',
    onNotification: () => void pass(),
    onListening: () => void pass(),
  });
  if (!(await listener.ready(10_000))) log('could not listen for new notifications yet; retrying in the background');
  const sweep = setInterval(() => void pass(), sweepMs);

  // --- periodic tasks on pg-boss schedules.
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: PGBOSS_SCHEMA, max: 3 });
  boss.on('error', (e: Error) => log(`pg-boss: ${e.message}`));
  await boss.start();
  const tasks = options.tasks ?? defaultTasks;
  for (const task of tasks) {
    await boss.createQueue(task.name, { policy: 'singleton', retryLimit: 2 });
    await boss.schedule(task.name, task.cron, null, { tz: 'UTC' });
    await boss.work(task.name, async () => {
      const acted = await task.run(db, new Date(), { databaseUrl: options.databaseUrl });
      if (acted > 0) log(`${task.name}: ${acted}`);
    });
    // The singleton queue keeps this to one job however many instances start together.
    if (task.runAtStart?.()) await boss.send(task.name, null, { singletonKey: `${task.name}-at-start` });
  }
  log(`started (${tasks.length} periodic task(s), sweep every ${Math.round(sweepMs / 1000)} s)`);

  return async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweep);
    await listener.close();
    await passes.idle();
    await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => {});
    if (!options.db) await db.$disconnect();
    log('stopped');
  };
}
