import 'server-only';
// A team's automatic change notices: every service its own services depend on, directly or
// through others, tells the team's inbox about its changes (resolve-recipients.ts, source 3)
// unless the team opted out for that service. Listing is for everyone; switching needs the
// responder role and is audited.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findTransitiveDependencies } from '../services/dependency-graph.ts';
import type { AutoSubscriptionOutput, SetAutoSubscriptionInput } from './auto-subscription-schemas.ts';

async function teamIdOf(db: DbTx, slug: string): Promise<string> {
  const team = await db.team.findUnique({ where: { slug }, select: { id: true } });
  if (!team) throw new AppError('not_found', 'Team not found.');
  return team.id;
}

export async function listAutoSubscriptions(db: DbTx, { actor, team }: { actor: Actor; team: string }): Promise<AutoSubscriptionOutput[]> {
  requireRole(actor, 'viewer');
  const teamId = await teamIdOf(db, team);
  const owned = await db.service.findMany({ where: { ownerTeamId: teamId }, select: { id: true } });
  if (owned.length === 0) return [];
  const deps = (await findTransitiveDependencies(db, owned.map((s) => s.id))).filter((d) => d.ownerTeamId !== teamId);
  const optOuts = await db.autoSubscriptionOptOut.findMany({ where: { teamId, serviceId: { in: deps.map((d) => d.id) } }, select: { serviceId: true } });
  const off = new Set(optOuts.map((o) => o.serviceId));
  return deps.map((d) => ({ service: { slug: d.slug, name: d.name }, depth: d.depth, enabled: !off.has(d.id) }));
}

export async function setAutoSubscription(db: Db, { actor, team, input }: { actor: Actor; team: string; input: SetAutoSubscriptionInput }): Promise<AutoSubscriptionOutput[]> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const teamId = await teamIdOf(tx, team);
    const service = await tx.service.findUnique({ where: { slug: input.service }, select: { id: true } });
    const current = (await listAutoSubscriptions(tx, { actor, team })).find((a) => a.service.slug === input.service);
    if (!service || !current) {
      throw new AppError('invalid', 'The team\'s services do not depend on this service.', { issues: [{ path: 'service', message: `No service "${input.service}" among this team's dependencies.`, code: 'not_a_dependency' }] });
    }
    if (current.enabled === input.enabled) return listAutoSubscriptions(tx, { actor, team });
    if (input.enabled) await tx.autoSubscriptionOptOut.delete({ where: { teamId_serviceId: { teamId, serviceId: service.id } } });
    else await tx.autoSubscriptionOptOut.create({ data: { teamId, serviceId: service.id } });
    await recordAudit(tx, actor, {
      action: 'team.auto_subscription_changed', entityType: 'team', entityId: teamId,
      before: { service: input.service, enabled: current.enabled }, after: { service: input.service, enabled: input.enabled },
    });
    return listAutoSubscriptions(tx, { actor, team });
  });
}
