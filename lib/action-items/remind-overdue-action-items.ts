import 'server-only';
// The overdue reminder (a periodic task, lib/worker/periodic-tasks.ts): an open or in-progress
// action item whose due date has passed (before today, UTC, as the list's "overdue") tells its
// owner once, in the inbox and by email. The item remembers the due date it was reminded for
// (`overdueRemindedFor`), so a second run sends nothing and a new due date re-arms it.
//
// The claim is one UPDATE … RETURNING whose WHERE repeats the conditions: two workers running
// at once (or a run repeated after a crash) cannot both claim an item, and the messages are
// written in the same transaction as the claim.
import type { Db } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { enqueueDirectNotifications } from '../notifications/enqueue-direct.ts';
import { utcToday } from './action-item-output.ts';

/** Items claimed per run; the rest wait for the next run. */
const BATCH = 500;

interface Claimed {
  id: string;
  title: string;
  drill: boolean;
  dueDate: Date;
  ownerUserId: string;
  incidentNumber: number;
}

/** Returns how many items were reminded about. */
export async function remindOverdueActionItems(db: Db, now: Date): Promise<number> {
  const today = utcToday(now);
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<Claimed[]>`
      UPDATE "ActionItem" a
         SET "overdueRemindedAt" = ${now}, "overdueRemindedFor" = a."dueDate"
        FROM "Incident" i, "User" u
       WHERE a.id IN (
               SELECT x.id FROM "ActionItem" x
                WHERE x.status IN ('open', 'in_progress')
                  AND x."dueDate" < ${today}::date
                  AND x."ownerUserId" IS NOT NULL
                  AND x."overdueRemindedFor" IS DISTINCT FROM x."dueDate"
                ORDER BY x."dueDate", x.id
                LIMIT ${BATCH}
             )
         AND a.status IN ('open', 'in_progress')
         AND a."dueDate" < ${today}::date
         AND a."overdueRemindedFor" IS DISTINCT FROM a."dueDate"
         AND i.id = a."incidentId"
         AND u.id = a."ownerUserId" AND u.active
      RETURNING a.id, a.title, a."dueDate", a."ownerUserId", i.number AS "incidentNumber", i.drill`;
    for (const item of claimed) {
      const incidentRef = formatReference(item.incidentNumber);
      await enqueueDirectNotifications(tx, {
        event: 'action_item_overdue',
        subject: { type: 'action_item', id: item.id },
        recipients: [
          { userId: item.ownerUserId, channelType: 'inbox' },
          { userId: item.ownerUserId, channelType: 'email' },
        ],
        payload: { title: item.title, incidentRef, dueDate: item.dueDate.toISOString().slice(0, 10), linkPath: `/incidents/${incidentRef}/postmortem`, ...(item.drill ? { drill: true } : {}) },
      });
    }
    return claimed.length;
  });
}
