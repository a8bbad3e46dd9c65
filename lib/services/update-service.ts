import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { serviceSlugTaken } from './create-service.ts';
import { serviceNotFound } from './get-service.ts';
import { resolveServiceRefs } from './resolve-service-refs.ts';
import type { ServiceOutput, UpdateServiceInput } from './schemas.ts';
import { serviceSelect, toServiceOutput } from './service-output.ts';

/** Changes any subset of a service; `contacts` and `dependsOn`, when given, replace the lists. */
export async function updateService(
  db: Db,
  { actor, slug, input }: { actor: Actor; slug: string; input: UpdateServiceInput },
): Promise<ServiceOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const current = await tx.service.findUnique({ where: { slug }, select: serviceSelect });
    if (!current) throw serviceNotFound(slug);
    const before = toServiceOutput(current);
    const newSlug = input.slug ?? current.slug;
    if (newSlug !== current.slug && (await tx.service.findUnique({ where: { slug: newSlug }, select: { id: true } }))) {
      throw serviceSlugTaken(newSlug);
    }
    const refs = await resolveServiceRefs(tx, {
      self: { id: current.id, slug: newSlug },
      ownerTeam: input.ownerTeam,
      dependsOn: input.dependsOn,
    });

    if (input.contacts) {
      await tx.serviceContact.deleteMany({ where: { serviceId: current.id } });
      await tx.serviceContact.createMany({ data: input.contacts.map((c, position) => ({ ...c, position, serviceId: current.id })) });
    }
    if (refs.dependencyIds) {
      await tx.serviceDependency.deleteMany({ where: { serviceId: current.id } });
      await tx.serviceDependency.createMany({ data: refs.dependencyIds.map((dependsOnId) => ({ serviceId: current.id, dependsOnId })) });
    }
    if (input.escalationPolicy && !(await tx.escalationPolicy.findUnique({ where: { id: input.escalationPolicy }, select: { id: true } }))) {
      throw new AppError('invalid', 'There is no such escalation policy.', { issues: [{ path: 'escalationPolicy', message: `There is no escalation policy ${input.escalationPolicy}.` }] });
    }
    const row = await tx.service.update({
      where: { id: current.id },
      data: {
        slug: newSlug,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.tier !== undefined ? { tier: input.tier } : {}),
        ...(input.noticePeriodHours !== undefined ? { noticePeriodHours: input.noticePeriodHours } : {}),
        ...(refs.ownerTeamId !== undefined ? { ownerTeamId: refs.ownerTeamId } : {}),
        ...(input.escalationPolicy !== undefined ? { escalationPolicyId: input.escalationPolicy } : {}),
      },
      select: serviceSelect,
    });
    const after = toServiceOutput(row);
    await recordAudit(tx, actor, { action: 'service.updated', entityType: 'service', entityId: after.id, before, after });
    return after;
  });
}
