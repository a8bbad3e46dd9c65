import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { scheduleNotFound } from './access.ts';
import { peopleByIds } from './schedule-spec.ts';
import type { ScheduleOutput } from './schemas.ts';
import type { Restriction } from './schedule-math.ts';

export async function getSchedule(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<ScheduleOutput> {
  requireRole(actor, 'viewer');
  const row = await db.onCallSchedule.findUnique({
    where: { id },
    select: {
      id: true, name: true, timeZone: true, createdAt: true,
      team: { select: { slug: true, name: true } },
      rotations: { orderBy: { position: 'asc' }, select: { id: true, name: true, participantIds: true, lengthUnit: true, lengthCount: true, handoffTime: true, startDate: true, restrictions: true } },
    },
  });
  if (!row) throw scheduleNotFound(id);
  const people = await peopleByIds(db, row.rotations.flatMap((r) => r.participantIds));
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    team: row.team,
    createdAt: row.createdAt.toISOString(),
    rotations: row.rotations.map((r) => ({
      id: r.id,
      name: r.name,
      participants: r.participantIds.map((p) => people.get(p) ?? { email: '', name: '?' }),
      length: { unit: r.lengthUnit, count: r.lengthCount },
      handoffTime: r.handoffTime,
      startDate: r.startDate,
      restrictions: (Array.isArray(r.restrictions) ? r.restrictions : []) as unknown as Restriction[],
    })),
  };
}
