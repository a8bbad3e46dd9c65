import 'server-only';
// A team's on-call schedule: its rotations (layers, lowest first) and a secret for its iCal
// feed, written with the audit record in one transaction.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { requireTeamResponder, resolveUsersByEmail } from './access.ts';
import { getSchedule } from './get-schedule.ts';
import type { CreateScheduleInput, ScheduleOutput } from './schemas.ts';

export async function createSchedule(db: Db, { actor, teamSlug, input }: { actor: Actor; teamSlug: string; input: CreateScheduleInput }): Promise<ScheduleOutput> {
  const id = await db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { slug: teamSlug }, select: { id: true } });
    if (!team) throw new AppError('not_found', `Team ${teamSlug} not found.`);
    await requireTeamResponder(tx, actor, team.id);
    const people = await resolveUsersByEmail(
      tx,
      input.rotations.flatMap((r, i) => r.participants.map((email, j) => ({ path: `rotations.${i}.participants.${j}`, email }))),
    );
    const schedule = await tx.onCallSchedule.create({
      data: {
        teamId: team.id,
        name: input.name,
        timeZone: input.timeZone,
        feedToken: randomBytes(24).toString('base64url'),
        rotations: {
          create: input.rotations.map((r, position) => ({
            position,
            name: r.name,
            participantIds: r.participants.map((e) => people.get(e)!.id),
            lengthUnit: r.length.unit,
            lengthCount: r.length.count,
            handoffTime: r.handoffTime,
            startDate: r.startDate,
            restrictions: r.restrictions as Prisma.InputJsonValue,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: 'on_call.schedule_created', entityType: 'on_call_schedule', entityId: schedule.id, after: { team: teamSlug, ...input } });
    return schedule.id;
  });
  return getSchedule(db, { actor, id });
}
