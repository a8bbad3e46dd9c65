import 'server-only';
// An escalation policy: levels of targets (a schedule's on-call person, a named person, a
// team's inbox), each waiting N minutes for an acknowledgement, the whole run repeated K times.
// Targets are stored by id, so renaming a person or a team does not break a policy.
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { requireTeamResponder, resolveUsersByEmail } from './access.ts';
import type { CreatePolicyInput, PolicyOutput } from './schemas.ts';

export type StoredTarget = { type: 'schedule'; scheduleId: string } | { type: 'user'; userId: string } | { type: 'team'; teamId: string };

export async function createEscalationPolicy(db: Db, { actor, input }: { actor: Actor; input: CreatePolicyInput }): Promise<PolicyOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    let teamId: string | null = null;
    if (input.team) {
      const team = await tx.team.findUnique({ where: { slug: input.team }, select: { id: true } });
      if (!team) throw new AppError('invalid', `There is no team "${input.team}".`, { issues: [{ path: 'team', message: `There is no team "${input.team}".` }] });
      await requireTeamResponder(tx, actor, team.id);
      teamId = team.id;
    } else if (!hasRole(actor, 'admin') && input.teamDefault) {
      throw new AppError('invalid', 'A default policy belongs to a team.', { issues: [{ path: 'team', message: 'Name the team this is the default policy of.' }] });
    }
    const levels = await resolveTargets(tx, input.levels);
    if (input.teamDefault && teamId) await tx.escalationPolicy.updateMany({ where: { teamId, teamDefault: true }, data: { teamDefault: false } });
    const policy = await tx.escalationPolicy.create({
      data: {
        name: input.name,
        teamId,
        teamDefault: input.teamDefault && !!teamId,
        severities: input.severities,
        repeat: input.repeat,
        levels: { create: levels.map((l, position) => ({ position, waitMinutes: l.waitMinutes, targets: l.targets as Prisma.InputJsonValue })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: 'on_call.policy_created', entityType: 'escalation_policy', entityId: policy.id, after: input });
    return {
      id: policy.id,
      name: input.name,
      team: input.team ?? null,
      teamDefault: input.teamDefault && !!teamId,
      severities: input.severities,
      repeat: input.repeat,
      levels: input.levels.map((l, i) => ({ level: i + 1, waitMinutes: l.waitMinutes, targets: l.targets.map((t) => ({ ...t })) })),
    };
  });
}

async function resolveTargets(tx: DbTx, levels: CreatePolicyInput['levels']): Promise<{ waitMinutes: number; targets: StoredTarget[] }[]> {
  const emails = levels.flatMap((l, i) => l.targets.flatMap((t, j) => (t.type === 'user' ? [{ path: `levels.${i}.targets.${j}.email`, email: t.email }] : [])));
  const people = await resolveUsersByEmail(tx, emails);
  const scheduleIds = levels.flatMap((l) => l.targets.flatMap((t) => (t.type === 'schedule' ? [t.id] : [])));
  const schedules = new Set((await tx.onCallSchedule.findMany({ where: { id: { in: scheduleIds } }, select: { id: true } })).map((s) => s.id));
  const slugs = levels.flatMap((l) => l.targets.flatMap((t) => (t.type === 'team' ? [t.slug] : [])));
  const teams = new Map((await tx.team.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const issues: { path: string; message: string }[] = [];
  const out = levels.map((l, i) => ({
    waitMinutes: l.waitMinutes,
    targets: l.targets.map((t, j): StoredTarget => {
      if (t.type === 'user') return { type: 'user', userId: people.get(t.email)!.id };
      if (t.type === 'schedule') {
        if (!schedules.has(t.id)) issues.push({ path: `levels.${i}.targets.${j}.id`, message: `There is no schedule ${t.id}.` });
        return { type: 'schedule', scheduleId: t.id };
      }
      const teamId = teams.get(t.slug);
      if (!teamId) issues.push({ path: `levels.${i}.targets.${j}.slug`, message: `There is no team "${t.slug}".` });
      return { type: 'team', teamId: teamId ?? '' };
    }),
  }));
  if (issues.length > 0) throw new AppError('invalid', `Unknown targets: ${issues.map((x) => x.path).join(', ')}.`, { issues });
  return out;
}
