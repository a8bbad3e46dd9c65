import 'server-only';
// Read-only iCal feeds (ical-generator) for calendar apps: a schedule's shifts, or one
// person's shifts across every schedule, for the next 8 weeks. The URL's secret is the only
// credential (calendar apps cannot sign in). Events are written in UTC, so no VTIMEZONE
// component is needed and every calendar app shows them at the right instant in its own zone.
import ical from 'ical-generator';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { segments, shiftsOf } from './schedule-math.ts';
import { peopleByIds, scheduleSpecSelect, toSpec } from './schedule-spec.ts';

const WEEKS = 8;

async function loadAll(db: DbTx, where: { id?: string; ids?: string[] }, from: Date, to: Date) {
  const rows = await db.onCallSchedule.findMany({
    where: where.id ? { id: where.id } : { id: { in: where.ids ?? [] } },
    select: { ...scheduleSpecSelect, overrides: { where: { startsAt: { lt: to }, endsAt: { gt: from } }, select: { userId: true, startsAt: true, endsAt: true } } },
  });
  return rows.map((r) => toSpec(r, r.overrides));
}

export async function buildIcalFeed(db: DbTx, { token, now = new Date() }: { token: string; now?: Date }): Promise<string> {
  const secret = token.replace(/\.ics$/, '');
  const from = new Date(now.getTime() - 7 * 86_400_000);
  const to = new Date(now.getTime() + WEEKS * 7 * 86_400_000);
  const schedule = await db.onCallSchedule.findUnique({ where: { feedToken: secret }, select: { id: true, name: true } });
  if (schedule) {
    const [s] = await loadAll(db, { id: schedule.id }, from, to);
    const segs = segments(s!.spec, from, to).filter((g) => g.userIds.length > 0);
    const people = await peopleByIds(db, segs.flatMap((g) => g.userIds));
    const cal = ical({ name: `On call: ${schedule.name}`, prodId: { company: 'firebreak', product: 'on-call' } });
    for (const g of segs) {
      const names = g.userIds.map((u) => people.get(u)?.name ?? '?').join(', ');
      cal.createEvent({ id: `${schedule.id}-${g.from.getTime()}`, start: g.from, end: g.to, summary: `On call: ${names}`, description: schedule.name, stamp: now });
    }
    return cal.toString();
  }
  const person = await db.onCallFeedToken.findUnique({ where: { token: secret }, select: { userId: true } });
  if (!person) throw new AppError('not_found', 'No such feed.');
  const ids = (await db.onCallSchedule.findMany({ select: { id: true, rotations: { select: { participantIds: true } }, overrides: { where: { userId: person.userId }, select: { id: true }, take: 1 } } }))
    .filter((r) => r.rotations.some((x) => x.participantIds.includes(person.userId)) || r.overrides.length > 0)
    .map((r) => r.id);
  const cal = ical({ name: 'My on-call shifts', prodId: { company: 'firebreak', product: 'on-call' } });
  for (const s of await loadAll(db, { ids }, from, to)) {
    for (const shift of shiftsOf(s.spec, person.userId, from, to)) {
      cal.createEvent({ id: `${s.id}-${person.userId}-${shift.from.getTime()}`, start: shift.from, end: shift.to, summary: `On call: ${s.name}`, stamp: now });
    }
  }
  return cal.toString();
}
