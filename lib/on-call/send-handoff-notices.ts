import 'server-only';
// Handoff notices (a periodic task): the person whose shift starts within the next hour is
// told once (inbox + email), with the schedule and the shift's start and end. Idempotent: one
// OnCallHandoffNotice row per schedule, person and shift start; a rerun sends nothing more.
import type { Db } from '../db/client.ts';
import { nudgeWorker } from '../notifications/nudge-worker.ts';
import { OVERRIDE_WINDOW_MS } from './get-on-call.ts';
import { segments } from './schedule-math.ts';
import { toSpec, scheduleSpecSelect } from './schedule-spec.ts';

const LEAD_MS = 60 * 60_000;

export async function sendHandoffNotices(db: Db, { now = new Date(), leadMs = LEAD_MS }: { now?: Date; leadMs?: number } = {}): Promise<number> {
  const rows = await db.onCallSchedule.findMany({ select: { ...scheduleSpecSelect, overrides: { where: { endsAt: { gt: new Date(now.getTime() - OVERRIDE_WINDOW_MS) } }, select: { userId: true, startsAt: true, endsAt: true } } } });
  let sent = 0;
  for (const row of rows) {
    const s = toSpec(row, row.overrides);
    const segs = segments(s.spec, now, new Date(now.getTime() + leadMs + 14 * 86_400_000));
    // Shifts starting in (now, now + lead]: each person newly on call at a boundary.
    for (let i = 1; i < segs.length; i += 1) {
      const seg = segs[i]!;
      if (seg.from.getTime() > now.getTime() + leadMs) break;
      const before = segs[i - 1]!.userIds;
      const incoming = seg.userIds.filter((u) => !before.includes(u));
      // Until when: the end of the person's run of segments.
      for (const userId of incoming) {
        let j = i;
        while (segs[j + 1]?.userIds.includes(userId)) j += 1;
        const until = segs[j + 1] ? segs[j]!.to : null;
        const created = await db.$transaction(async (tx) => {
          const { count } = await tx.onCallHandoffNotice.createMany({ data: [{ scheduleId: s.id, userId, shiftStart: seg.from }], skipDuplicates: true });
          if (count === 0) return false;
          const payload = { schedule: s.name, scheduleId: s.id, from: seg.from.toISOString(), until: until?.toISOString() ?? null, path: '/on-call/my-shifts' };
          await tx.notificationMessage.createMany({
            data: (['inbox', 'email'] as const).map((channelType) => ({
              event: 'oncall_handoff' as const, subjectType: 'on_call_schedule', subjectId: s.id, recipientUserId: userId, channelType, reason: 'on_call',
              status: channelType === 'inbox' ? ('sent' as const) : ('pending' as const), sentAt: channelType === 'inbox' ? now : null, nextAttemptAt: now, payload,
            })),
          });
          await nudgeWorker(tx);
          return true;
        });
        if (created) sent += 1;
      }
    }
  }
  return sent;
}
