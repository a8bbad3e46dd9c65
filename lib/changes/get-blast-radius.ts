import 'server-only';
// The blast radius of a change: every service that depends on the changed one, directly or
// through others (nearest first), with the teams that own them: who should check their side.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findTransitiveDependents } from '../services/dependency-graph.ts';
import type { BlastRadiusOutput } from './schemas.ts';

/** Dependents of a service with their owner teams: the blast radius of changing it. */
export async function blastRadiusOfService(db: DbTx, serviceId: string): Promise<Pick<BlastRadiusOutput, 'services' | 'teams'>> {
  const dependents = await findTransitiveDependents(db, [serviceId]);
  const teamIds = [...new Set(dependents.map((d) => d.ownerTeamId).filter((t): t is string => t !== null))];
  const teams = await db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, slug: true, name: true }, orderBy: { slug: 'asc' } });
  const teamById = new Map(teams.map((t) => [t.id, { slug: t.slug, name: t.name }]));
  return {
    services: dependents.map((d) => ({ slug: d.slug, name: d.name, depth: d.depth, ownerTeam: (d.ownerTeamId && teamById.get(d.ownerTeamId)) || null })),
    teams: teams.map((t) => ({ slug: t.slug, name: t.name, services: dependents.filter((d) => d.ownerTeamId === t.id).map((d) => d.slug) })),
  };
}

export async function getBlastRadius(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<BlastRadiusOutput> {
  requireRole(actor, 'viewer');
  const change = await db.changeEvent.findUnique({ where: { id }, select: { id: true, serviceId: true, service: { select: { slug: true, name: true } } } });
  if (!change) throw new AppError('not_found', 'Change not found.');
  return { change: { id: change.id, service: change.service }, ...(await blastRadiusOfService(db, change.serviceId)) };
}
