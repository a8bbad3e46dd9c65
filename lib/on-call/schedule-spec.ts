import 'server-only';
// Loads a schedule (rotations, overrides near the asked range) as the pure ScheduleSpec the
// maths reads, plus the people it names, in two queries.
import type { DbTx } from '../db/client.ts';
import type { Restriction, RotationUnit, ScheduleSpec } from './schedule-math.ts';

export interface LoadedSchedule {
  id: string;
  name: string;
  timeZone: string;
  teamId: string;
  spec: ScheduleSpec;
  /** The people the schedule names (from loadSchedule only). */
  people?: Map<string, { email: string; name: string }>;
}

export const scheduleSpecSelect = {
  id: true,
  name: true,
  timeZone: true,
  teamId: true,
  rotations: { orderBy: { position: 'asc' }, select: { participantIds: true, lengthUnit: true, lengthCount: true, handoffTime: true, startDate: true, restrictions: true } },
} as const;

type Row = {
  id: string; name: string; timeZone: string; teamId: string;
  rotations: { participantIds: string[]; lengthUnit: RotationUnit; lengthCount: number; handoffTime: string; startDate: string; restrictions: unknown }[];
};

export function toSpec(row: Row, overrides: { userId: string; startsAt: Date; endsAt: Date }[]): LoadedSchedule {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    teamId: row.teamId,
    spec: {
      timeZone: row.timeZone,
      rotations: row.rotations.map((r) => ({
        participants: r.participantIds,
        unit: r.lengthUnit,
        count: r.lengthCount,
        handoffTime: r.handoffTime,
        startDate: r.startDate,
        restrictions: (Array.isArray(r.restrictions) ? r.restrictions : []) as Restriction[],
      })),
      overrides: overrides.map((o) => ({ userId: o.userId, from: o.startsAt, to: o.endsAt })),
    },
  };
}

/**
 * The schedule with the overrides that touch [from, to]; null when there is none. One SQL
 * statement (rotations and overrides aggregated as JSON): it is the hot path of every
 * "who is on call" answer, where round trips cost more than the maths.
 */
export async function loadSchedule(db: DbTx, id: string, range: { from: Date; to: Date }): Promise<LoadedSchedule | null> {
  const rows = await db.$queryRaw<{ id: string; name: string; timeZone: string; teamId: string; rotations: Row['rotations']; overrides: { userId: string; startsAt: string; endsAt: string }[]; people: { id: string; email: string; name: string }[] }[]>`
    SELECT s.id, s.name, s."timeZone", s."teamId",
      COALESCE((SELECT json_agg(json_build_object('participantIds', r."participantIds", 'lengthUnit', r."lengthUnit", 'lengthCount', r."lengthCount",
                                                 'handoffTime', r."handoffTime", 'startDate', r."startDate", 'restrictions', r.restrictions) ORDER BY r.position)
                FROM "OnCallRotation" r WHERE r."scheduleId" = s.id), '[]'::json) AS rotations,
      COALESCE((SELECT json_agg(json_build_object('userId', o."userId", 'startsAt', o."startsAt", 'endsAt', o."endsAt"))
                FROM "OnCallOverride" o WHERE o."scheduleId" = s.id AND o."startsAt" < ${range.to} AND o."endsAt" > ${range.from}), '[]'::json) AS overrides,
      COALESCE((SELECT json_agg(json_build_object('id', u.id, 'email', u.email, 'name', u.name)) FROM "User" u
                WHERE u.id IN (SELECT unnest(r."participantIds") FROM "OnCallRotation" r WHERE r."scheduleId" = s.id)
                   OR u.id IN (SELECT o."userId" FROM "OnCallOverride" o WHERE o."scheduleId" = s.id AND o."startsAt" < ${range.to} AND o."endsAt" > ${range.from})), '[]'::json) AS people
    FROM "OnCallSchedule" s WHERE s.id = ${id}::uuid`;
  const row = rows[0];
  if (!row) return null;
  // Prisma stores timestamps as UTC without a zone: read them back as UTC.
  const utc = (v: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
  const loaded = toSpec(row, row.overrides.map((o) => ({ userId: o.userId, startsAt: utc(o.startsAt), endsAt: utc(o.endsAt) })));
  return { ...loaded, people: new Map(row.people.map((p) => [p.id, { email: p.email, name: p.name }])) };
}

export async function peopleByIds(db: DbTx, ids: Iterable<string>): Promise<Map<string, { email: string; name: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, email: true, name: true } });
  return new Map(rows.map((r) => [r.id, { email: r.email, name: r.name }]));
}
