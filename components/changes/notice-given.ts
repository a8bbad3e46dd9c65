// What the announce form says about the notice a change gives, as it is typed. Pure, so the
// unit tests and the form agree; the server decides for real (lib/changes/short-notice.ts).
import { isShortNotice } from '@/lib/changes/short-notice';

export type NoticeCheck = { kind: 'none' } | { kind: 'past' } | { kind: 'short'; givenHours: number } | { kind: 'ok' };

export function checkNotice({ now, scheduledAt, noticePeriodHours }: { now: Date; scheduledAt: Date | null; noticePeriodHours: number | null }): NoticeCheck {
  if (!scheduledAt || Number.isNaN(scheduledAt.getTime()) || noticePeriodHours === null) return { kind: 'none' };
  if (scheduledAt.getTime() < now.getTime()) return { kind: 'past' };
  if (isShortNotice({ announcedAt: now, scheduledAt, noticePeriodHours })) {
    return { kind: 'short', givenHours: Math.floor((scheduledAt.getTime() - now.getTime()) / 3_600_000) };
  }
  return { kind: 'ok' };
}
