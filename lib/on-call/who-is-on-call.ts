import 'server-only';
// "Who to call" from the schedules: for each service, the schedules that answer for it (those
// its escalation policy names, then its owner team's), each with who is on call now, until
// when, who is next, and the first coverage gap in the coming week.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { StoredTarget } from './create-escalation-policy.ts';
import { OVERRIDE_WINDOW_MS } from './get-on-call.ts';
import { coverageGaps, lookup } from './schedule-math.ts';
import { peopleByIds, scheduleSpecSelect, toSpec } from './schedule-spec.ts';

export interface ServiceOnCall {
  slug: string;
  schedules: {
    id: string;
    name: string;
    onCall: { email: string; name: string }[];
    until: string | null;
    next: { onCall: { email: string; name: string }[]; until: string | null } | null;
    gap: { from: string; to: string } | null;
  }[];
}

const GAP_HORIZON_MS = 7 * 86_400_000;

export async function whoIsOnCall(db: DbTx, { actor, slugs, now = new Date() }: { actor: Actor; slugs: string[]; now?: Date }): Promise<ServiceOnCall[]> {
  requireRole(actor, 'viewer');
  const services = await db.service.findMany({
    where: { slug: { in: slugs } },
    select: {
      slug: true,
      ownerTeamId: true,
      escalationPolicy: { select: { levels: { orderBy: { position: 'asc' }, select: { targets: true } } } },
      ownerTeam: { select: { escalationPolicies: { where: { teamDefault: true }, select: { levels: { orderBy: { position: 'asc' }, select: { targets: true } } } } } },
    },
  });
  const idsByService = new Map<string, string[]>();
  for (const s of services) {
    const policy = s.escalationPolicy ?? s.ownerTeam?.escalationPolicies[0] ?? null;
    const fromPolicy = (policy?.levels ?? []).flatMap((l) => (l.targets as unknown as StoredTarget[]).flatMap((t) => (t.type === 'schedule' ? [t.scheduleId] : [])));
    idsByService.set(s.slug, fromPolicy);
  }
  const teamIds = services.flatMap((s) => (s.ownerTeamId ? [s.ownerTeamId] : []));
  const rows = await db.onCallSchedule.findMany({
    where: { OR: [{ id: { in: [...idsByService.values()].flat() } }, { teamId: { in: teamIds } }] },
    orderBy: { name: 'asc' },
    select: { ...scheduleSpecSelect, overrides: { where: { startsAt: { lt: new Date(now.getTime() + OVERRIDE_WINDOW_MS) }, endsAt: { gt: new Date(now.getTime() - OVERRIDE_WINDOW_MS) } }, select: { userId: true, startsAt: true, endsAt: true } } },
  });
  const answers = new Map(
    rows.map((r) => {
      const s = toSpec(r, r.overrides);
      const answer = lookup(s.spec, now);
      const gap = coverageGaps(s.spec, now, new Date(now.getTime() + GAP_HORIZON_MS))[0] ?? null;
      return [r.id, { row: r, answer, gap }] as const;
    }),
  );
  const people = await peopleByIds(db, [...answers.values()].flatMap((a) => [...a.answer.userIds, ...(a.answer.next?.userIds ?? [])]));
  const persons = (ids: string[]) => ids.map((u) => people.get(u)).filter((p): p is { email: string; name: string } => !!p);
  return slugs.map((slug) => {
    const svc = services.find((s) => s.slug === slug);
    const ids = [...new Set([...(idsByService.get(slug) ?? []), ...rows.filter((r) => svc?.ownerTeamId && r.teamId === svc.ownerTeamId).map((r) => r.id)])];
    return {
      slug,
      schedules: ids.flatMap((id) => {
        const a = answers.get(id);
        if (!a) return [];
        return [{
          id,
          name: a.row.name,
          onCall: persons(a.answer.userIds),
          until: a.answer.until?.toISOString() ?? null,
          next: a.answer.next ? { onCall: persons(a.answer.next.userIds), until: a.answer.next.until?.toISOString() ?? null } : null,
          gap: a.gap ? { from: a.gap.from.toISOString(), to: a.gap.to.toISOString() } : null,
        }];
      }),
    };
  });
}
