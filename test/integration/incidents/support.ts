// Shared set-up for the incidents and timeline integration tests: a service with an owner team
// and contacts, and a declared incident, each with unique names.
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';
import { declareIncident } from '@/lib/incidents/declare-incident';
import type { DeclareIncidentInput, IncidentOutput } from '@/lib/incidents/schemas';
import { createTestActor, type TestActor } from '../../support/actors.ts';
import { uniqueId } from '../../support/db.ts';

export async function createService(db: Db, opts: { withTeam?: boolean } = {}): Promise<{ id: string; slug: string; teamSlug: string | null }> {
  const team = opts.withTeam ? await db.team.create({ data: { slug: uniqueId('team'), name: 'Payments team' }, select: { id: true, slug: true } }) : null;
  const slug = uniqueId('svc');
  const service = await db.service.create({
    data: {
      slug,
      name: `Service ${slug}`,
      ownerTeamId: team?.id ?? null,
      contacts: { create: [{ position: 1, name: 'Wang Fang', role: 'on-call', phone: '+86 10 5555 0100' }, { position: 0, name: 'Ada', email: 'ada@example.test' }] },
    },
    select: { id: true, slug: true },
  });
  return { ...service, teamSlug: team?.slug ?? null };
}

export function declareInput(over: Partial<DeclareIncidentInput> = {}): DeclareIncidentInput {
  return { title: uniqueId('incident'), severity: 'SEV2', summary: '', services: [], impact: '', customerFacing: false, drill: false, ...over };
}

export function declare(db: Db, actor: Actor, over: Partial<DeclareIncidentInput> = {}): Promise<IncidentOutput> {
  return declareIncident(db, { actor, input: declareInput(over) });
}

/** A test actor whose user has a chosen display name (shown in roles and timeline entries). */
export async function createNamedActor(db: Db, role: Role, name: string): Promise<TestActor> {
  const actor = await createTestActor(db, role);
  await db.user.update({ where: { id: actor.userId }, data: { name } });
  return actor;
}
