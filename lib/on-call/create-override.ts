import 'server-only';
// "Someone covers from–to": wins over every layer of the schedule for that time.
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { requireTeamResponder, resolveUsersByEmail, scheduleNotFound } from './access.ts';
import type { CreateOverrideInput } from './schemas.ts';

export async function createOverride(db: Db, { actor, scheduleId, input }: { actor: Actor; scheduleId: string; input: CreateOverrideInput }) {
  return db.$transaction(async (tx) => {
    const schedule = await tx.onCallSchedule.findUnique({ where: { id: scheduleId }, select: { id: true, teamId: true } });
    if (!schedule) throw scheduleNotFound(scheduleId);
    await requireTeamResponder(tx, actor, schedule.teamId);
    const person = (await resolveUsersByEmail(tx, [{ path: 'email', email: input.email }])).get(input.email)!;
    const row = await tx.onCallOverride.create({
      data: { scheduleId, userId: person.id, startsAt: new Date(input.from), endsAt: new Date(input.to), createdById: actor.userId },
      select: { id: true, startsAt: true, endsAt: true },
    });
    await recordAudit(tx, actor, { action: 'on_call.override_created', entityType: 'on_call_schedule', entityId: scheduleId, after: { id: row.id, ...input } });
    return { id: row.id, scheduleId, email: person.email, name: person.name, from: row.startsAt.toISOString(), to: row.endsAt.toISOString() };
  });
}
