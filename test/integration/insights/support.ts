// Shared fixtures for the insights tests: a service owned by a team of its own (so filters
// isolate each test's incidents from every other row in the test database), incidents placed
// at chosen declaration instants, key times set through the real update use case.
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';
import { updateIncident } from '@/lib/incidents/update-incident';
import type { IncidentOutput, UpdateIncidentInput } from '@/lib/incidents/schemas';
import { uniqueId } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';

export async function ownService(db: Db): Promise<{ serviceId: string; service: string; teamId: string; team: string }> {
  const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'Insights team' }, select: { id: true, slug: true } });
  const slug = uniqueId('svc');
  const service = await db.service.create({ data: { slug, name: `Service ${slug}`, ownerTeamId: team.id }, select: { id: true } });
  return { serviceId: service.id, service: slug, teamId: team.id, team: team.slug };
}

export const at = (base: Date, seconds: number): string => new Date(base.getTime() + seconds * 1000).toISOString();

/** Declares an incident on the service, moves its declaration to `declaredAt`, then applies the key times. */
export async function incidentAt(
  db: Db,
  actor: Actor,
  opts: { service: string; declaredAt: Date; severity?: IncidentOutput['severity']; drill?: boolean; times?: Omit<UpdateIncidentInput, 'version'> },
): Promise<IncidentOutput> {
  const incident = await declare(db, actor, { services: [opts.service], severity: opts.severity ?? 'SEV2', drill: opts.drill ?? false });
  await db.incident.update({ where: { id: incident.id }, data: { declaredAt: opts.declaredAt } });
  if (!opts.times) return incident;
  return updateIncident(db, { actor, ref: incident.id, input: { version: incident.version, ...opts.times } });
}
