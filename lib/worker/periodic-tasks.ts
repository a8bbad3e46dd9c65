import 'server-only';
// Every periodic task the worker runs (reminders and housekeeping), in one list, so that a
// new engineer finds here what runs on a timer and how often. The worker (lib/worker) runs
// each on its schedule in exactly one process at a time, whatever the number of instances.
//
// A task must be idempotent: running it twice in a row sends nothing the second time (each
// task records what it has reminded about, e.g. a `remindedAt` column), because a crash
// between its commit and the scheduler's bookkeeping runs it again.
import { releaseHeldAlerts } from '../alerts/release-held-alerts.ts';
import { remindUnacknowledgedChanges } from '../changes/remind-unacknowledged-changes.ts';
import { getEnv } from '../config/env.ts';
import { remindOverdueActionItems } from '../action-items/remind-overdue-action-items.ts';
import type { Db } from '../db/client.ts';
import { sendKnownIssueReviewReminders } from '../known-issues/review-reminders.ts';
import { runEscalations } from '../on-call/run-escalations.ts';
import { sendHandoffNotices } from '../on-call/send-handoff-notices.ts';
import { runScheduledBackup } from '../backup/run-scheduled-backup.ts';
import { listBaseBackups, takeBaseBackupIfArchiving } from '../backup/pitr/take-base-backup.ts';

export interface PeriodicTask {
  /** Stable name: the pg-boss queue/schedule name. Lowercase, dashes. */
  name: string;
  /** Cron expression (UTC), as pg-boss schedules take it. */
  cron: string;
  /** Does one pass; returns how many things it acted on (for the log). */
  run: (db: Db, now: Date, ctx?: { databaseUrl: string }) => Promise<number>;
  /** True when the worker should also run it once at start (not only on its schedule). */
  runAtStart?: () => boolean;
}

export const periodicTasks: PeriodicTask[] = [
  {
    // Teams that have not acknowledged a change starting soon: one reminder each.
    name: 'change-ack-reminders',
    cron: '*/10 * * * *',
    run: (db, now) => remindUnacknowledgedChanges(db, { now, hours: getEnv().CHANGE_ACK_REMINDER_HOURS }),
  },
  {
    // Known issues unreviewed for KNOWN_ISSUE_REVIEW_MONTHS: one inbox message to the owner team.
    name: 'known-issue-review-reminders',
    cron: '17 8 * * *',
    run: (db, now) => sendKnownIssueReviewReminders(db, now, getEnv().KNOWN_ISSUE_REVIEW_MONTHS),
  },
  // Owners of open action items past their due date: once per item and due date (issue 4).
  { name: 'action-item-overdue-reminders', cron: '*/15 * * * *', run: remindOverdueActionItems },
  // On-call (issue 14): escalations also run on every outbox sweep; this catches a worker
  // whose sweeps stopped. Handoff notices go to the person whose shift starts within the hour.
  { name: 'on-call-escalations', cron: '* * * * *', run: async (db, now) => (await runEscalations(db, { now })).claimed },
  { name: 'on-call-handoff-notices', cron: '*/5 * * * *', run: (db, now) => sendHandoffNotices(db, { now }) },
  {
    // A logical backup into BACKUP_DIR, retention, periodic test-restore (docs/backup.md).
    // Nothing to do while BACKUP_DIR is unset. The cron is read when the worker schedules it.
    name: 'scheduled-backup',
    get cron() {
      return getEnv().BACKUP_CRON;
    },
    run: async (db, now, ctx) => {
      const databaseUrl = ctx?.databaseUrl ?? getEnv().DATABASE_URL;
      if (!databaseUrl) throw new Error('scheduled-backup needs the database URL');
      return (await runScheduledBackup(db, { databaseUrl, env: getEnv(), now })).path ? 1 : 0;
    },
  },
  {
    // A base backup of the embedded data directory, for point-in-time restore; only while
    // FIREBREAK_WAL_ARCHIVE is set and the database is the embedded one.
    name: 'base-backup',
    get cron() {
      return getEnv().BASE_BACKUP_CRON;
    },
    run: async (db, now, ctx) => ((await takeBaseBackupIfArchiving(db, { databaseUrl: ctx?.databaseUrl, env: getEnv(), now })) ? 1 : 0),
    // Without a base backup the archived WAL cannot be replayed: take the first one at once.
    runAtStart: () => {
      const archive = getEnv().FIREBREAK_WAL_ARCHIVE;
      return Boolean(archive) && listBaseBackups(archive!).length === 0;
    },
  },
  // Alerts held by an expected-alerts change whose window (plus grace) is over: routed again (issue 12).
  { name: 'alerts-release-held', cron: '* * * * *', run: releaseHeldAlerts },
];
