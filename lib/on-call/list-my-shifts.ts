import 'server-only';
// "My shifts": the signed-in person's shifts in every schedule for the next weeks, and the
// secret URL of their own iCal feed (made on first use).
import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { shiftsOf } from './schedule-math.ts';
import { scheduleSpecSelect, toSpec } from './schedule-spec.ts';

export interface MyShift { scheduleId: string; schedule: string; team: string; from: string; to: string }

export async function listMyShifts(db: DbTx, { actor, now = new Date(), weeks = 4 }: { actor: Actor; now?: Date; weeks?: number }): Promise<{ shifts: MyShift[]; feedToken: string }> {
  const userId = actor.userId;
  if (!userId) throw new AppError('forbidden', 'Shifts belong to a signed-in person.');
  const to = new Date(now.getTime() + weeks * 7 * 86_400_000);
  const rows = await db.onCallSchedule.findMany({
    where: { OR: [{ rotations: { some: { participantIds: { has: userId } } } }, { overrides: { some: { userId, endsAt: { gt: now } } } }] },
    select: { ...scheduleSpecSelect, team: { select: { name: true } }, overrides: { where: { startsAt: { lt: to }, endsAt: { gt: now } }, select: { userId: true, startsAt: true, endsAt: true } } },
  });
  const shifts = rows.flatMap((r) =>
    shiftsOf(toSpec(r, r.overrides).spec, userId, now, to).map((x) => ({ scheduleId: r.id, schedule: r.name, team: r.team.name, from: x.from.toISOString(), to: x.to.toISOString() })),
  );
  shifts.sort((a, b) => a.from.localeCompare(b.from));
  await db.onCallFeedToken.createMany({ data: [{ userId, token: randomBytes(24).toString('base64url') }], skipDuplicates: true });
  const { token } = await db.onCallFeedToken.findUniqueOrThrow({ where: { userId }, select: { token: true } });
  return { shifts, feedToken: token };
}
