import 'server-only';
// Review reminders: an active known issue not reviewed for KNOWN_ISSUE_REVIEW_MONTHS (default
// 6) is due for review; its owner team is told once, in its inbox. `reviewRemindedAt`
// records the reminder; reviewing the entry (PATCH reviewed: true) moves lastReviewedAt past
// it, which re-arms the reminder for the next stretch. Entries without an owner team have
// nobody to tell: the entry page shows "review due" to everyone instead.
import type { Db } from '../db/client.ts';
import { enqueueDirectNotifications } from '../notifications/enqueue-direct.ts';

/** The moment before which a review is due: `months` calendar months before `now` (UTC). */
export function reviewDueBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export function isReviewDue(entry: { status: string; lastReviewedAt: Date | string }, now: Date, months: number): boolean {
  return entry.status === 'active' && new Date(entry.lastReviewedAt).getTime() < reviewDueBefore(now, months).getTime();
}

const BATCH = 200;

/** Sends the reminders due at `now`; returns how many entries were reminded about. */
export async function sendKnownIssueReviewReminders(db: Db, now: Date, months: number): Promise<number> {
  const before = reviewDueBefore(now, months);
  let reminded = 0;
  for (;;) {
    const due = await db.$queryRaw<{ id: string; title: string; lastReviewedAt: Date; ownerTeamId: string }[]>`
      SELECT id, title, "lastReviewedAt", "ownerTeamId" FROM "KnownIssue"
       WHERE status = 'active' AND "ownerTeamId" IS NOT NULL AND "lastReviewedAt" < ${before}
         AND ("reviewRemindedAt" IS NULL OR "reviewRemindedAt" < "lastReviewedAt")
       ORDER BY "lastReviewedAt", id
       LIMIT ${BATCH}`;
    if (due.length === 0) return reminded;
    for (const k of due) {
      await db.$transaction(async (tx) => {
        // Claim it: a second worker pass (or a crash and re-run) finds nothing to do.
        const { count } = await tx.knownIssue.updateMany({
          where: { id: k.id, lastReviewedAt: k.lastReviewedAt, OR: [{ reviewRemindedAt: null }, { reviewRemindedAt: { lt: k.lastReviewedAt } }] },
          data: { reviewRemindedAt: now },
        });
        if (count === 0) return;
        await enqueueDirectNotifications(tx, {
          event: 'known_issue_review_due',
          subject: { type: 'known_issue', id: k.id },
          recipients: [{ teamId: k.ownerTeamId, channelType: 'inbox' }],
          payload: { title: k.title, lastReviewedAt: k.lastReviewedAt.toISOString(), linkPath: `/known-issues/${k.id}` },
        });
        reminded += 1;
      });
    }
    if (due.length < BATCH) return reminded;
  }
}
