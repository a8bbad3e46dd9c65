import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import { resolveServiceRefs } from './resolve-service-refs.ts';
import type { CreateServiceInput, ServiceOutput } from './schemas.ts';
import { serviceSelect, toServiceOutput } from './service-output.ts';

export function serviceSlugTaken(slug: string): AppError {
  return new AppError('conflict', `A service with slug '${slug}' already exists.`, {
    issues: [{ path: 'slug', message: `A service with slug '${slug}' already exists.`, code: 'slug_taken', params: { slug } } as ErrorIssue],
  });
}

export async function createService(db: Db, { actor, input }: { actor: Actor; input: CreateServiceInput }): Promise<ServiceOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    if (await tx.service.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw serviceSlugTaken(input.slug);
    const refs = await resolveServiceRefs(tx, {
      self: { id: null, slug: input.slug },
      ownerTeam: input.ownerTeam,
      dependsOn: input.dependsOn,
    });
    const row = await tx.service.create({
      data: {
        slug: input.slug,
        name: input.name,
        description: input.description,
        tier: input.tier,
        noticePeriodHours: input.noticePeriodHours,
        ownerTeamId: refs.ownerTeamId ?? null,
        contacts: { create: input.contacts.map((c, position) => ({ ...c, position })) },
        dependsOn: { create: (refs.dependencyIds ?? []).map((dependsOnId) => ({ dependsOnId })) },
      },
      select: serviceSelect,
    });
    const service = toServiceOutput(row);
    await recordAudit(tx, actor, { action: 'service.created', entityType: 'service', entityId: service.id, after: service });
    return service;
  });
}
