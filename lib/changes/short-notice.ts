// "Short notice": a change announced with less notice than its service asks for. Pure, so the
// announcement, later edits and the tests agree.
//
// The notice a change gave is measured from when it was first announced to when it is
// scheduled. Moving a change later after the announcement lengthens its notice; moving it
// earlier shortens it. The service's notice period is the one in force at announcement time.
const HOUR_MS = 3_600_000;

export function isShortNotice({ announcedAt, scheduledAt, noticePeriodHours }: { announcedAt: Date; scheduledAt: Date; noticePeriodHours: number }): boolean {
  return scheduledAt.getTime() - announcedAt.getTime() < noticePeriodHours * HOUR_MS;
}
