// How old the newest good backup may be before admins are warned: one interval of the
// schedule (the gap between its next two occurrences) plus a grace for the run itself
// (10% of the interval, at least 15 minutes). Pure, so the rule is unit-tested.
import { CronExpressionParser } from 'cron-parser';

export function allowedBackupAgeMs(cron: string, now: Date): number {
  const expr = CronExpressionParser.parse(cron, { currentDate: now, tz: 'UTC' });
  // Two consecutive occurrences after now (now itself may be one).
  const first = expr.next().getTime();
  const interval = expr.next().getTime() - first;
  return interval + Math.max(15 * 60_000, interval / 10);
}

export function isBackupOverdue(cron: string, newestGood: Date | null, now: Date): boolean {
  if (!newestGood) return true;
  return now.getTime() - newestGood.getTime() > allowedBackupAgeMs(cron, now);
}

/** True when the cron expression is one the scheduler accepts. */
export function isValidCron(cron: string): boolean {
  try {
    CronExpressionParser.parse(cron, { tz: 'UTC' });
    return true;
  } catch {
    return false;
  }
}
