import 'server-only';
// Turns the slugs a service refers to (its owner team, the services it calls) into ids,
// reporting every unknown or self reference at once, each naming its field
// ("ownerTeam", "dependsOn.1"), so a form can mark them all in one round trip.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import {
  dependencyCycleIssue,
  selfDependencyIssue,
  unknownServiceIssue,
  unknownTeamIssue,
  type CatalogueIssue,
} from './dependency-issues.ts';
import { findDependencyCycle, lockDependencyGraph } from './find-dependency-cycle.ts';

export function invalidReferences(issues: CatalogueIssue[]): AppError {
  const fields = [...new Set(issues.map((i) => i.path))].join(', ');
  return new AppError('invalid', `Some fields are not valid: ${fields}.`, { issues });
}

export interface ResolvedRefs {
  /** undefined when the input did not mention the owner team. */
  ownerTeamId: string | null | undefined;
  /** undefined when the input did not mention dependencies; de-duplicated, in input order. */
  dependencyIds: string[] | undefined;
}

export async function resolveServiceRefs(
  tx: DbTx,
  {
    self,
    ownerTeam,
    dependsOn,
  }: { self: { id: string | null; slug: string }; ownerTeam: string | null | undefined; dependsOn: string[] | undefined },
): Promise<ResolvedRefs> {
  const issues: CatalogueIssue[] = [];

  let ownerTeamId: string | null | undefined = ownerTeam === null ? null : undefined;
  if (ownerTeam) {
    const team = await tx.team.findUnique({ where: { slug: ownerTeam }, select: { id: true } });
    if (team) ownerTeamId = team.id;
    else issues.push(unknownTeamIssue(ownerTeam));
  }

  let dependencyIds: string[] | undefined;
  const indexById = new Map<string, number>();
  if (dependsOn) {
    const found = await tx.service.findMany({ where: { slug: { in: dependsOn } }, select: { id: true, slug: true } });
    const idBySlug = new Map(found.map((s) => [s.slug, s.id]));
    dependencyIds = [];
    for (const [index, slug] of dependsOn.entries()) {
      const id = idBySlug.get(slug);
      if (slug === self.slug || (id !== undefined && id === self.id)) issues.push(selfDependencyIssue(index, slug));
      else if (id === undefined) issues.push(unknownServiceIssue(index, slug));
      else if (!indexById.has(id)) {
        indexById.set(id, index);
        dependencyIds.push(id);
      }
    }
  }
  if (issues.length > 0) throw invalidReferences(issues);

  // A service that does not exist yet has no dependents, so it cannot close a loop.
  if (dependencyIds && dependencyIds.length > 0 && self.id) {
    await lockDependencyGraph(tx);
    const found = await findDependencyCycle(tx, { service: { id: self.id, slug: self.slug }, dependencyIds });
    if (found) {
      const id = dependencyIds[found.index] ?? '';
      throw invalidReferences([dependencyCycleIssue(indexById.get(id) ?? found.index, found.cycle)]);
    }
  }
  return { ownerTeamId, dependencyIds };
}
