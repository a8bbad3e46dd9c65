// The validation issues the catalogue reports about references (owner team, dependencies).
// Each carries a stable `code` and `params`, so that forms can show them in the reader's
// language while API clients read the English `message`.
import type { ErrorIssue } from '../errors/app-error.ts';

export type CatalogueIssueCode = 'unknown_team' | 'unknown_service' | 'self_dependency' | 'dependency_cycle';

export interface CatalogueIssue extends ErrorIssue {
  code: CatalogueIssueCode;
  params: Record<string, string>;
}

/** "a → b → a": how a cycle is shown to people, in both languages. */
export function formatCyclePath(slugs: readonly string[]): string {
  return slugs.join(' → ');
}

export function unknownTeamIssue(slug: string): CatalogueIssue {
  return { path: 'ownerTeam', message: `Unknown team '${slug}'`, code: 'unknown_team', params: { slug } };
}

export function unknownServiceIssue(index: number, slug: string): CatalogueIssue {
  return { path: `dependsOn.${index}`, message: `Unknown service '${slug}'`, code: 'unknown_service', params: { slug } };
}

export function selfDependencyIssue(index: number, slug: string): CatalogueIssue {
  return { path: `dependsOn.${index}`, message: `A service cannot depend on itself ('${slug}')`, code: 'self_dependency', params: { slug } };
}

/**
 * `cycle` starts and ends with the service being saved, e.g. ['a', 'b', 'a'] when a would
 * depend on b while b already (transitively) depends on a. The issue points at the entry of
 * dependsOn that closes the loop.
 */
export function dependencyCycleIssue(index: number, cycle: readonly string[]): CatalogueIssue {
  const path = formatCyclePath(cycle);
  return {
    path: `dependsOn.${index}`,
    message: `This would create a dependency cycle: ${path}`,
    code: 'dependency_cycle',
    params: { cycle: path },
  };
}

export function isCatalogueIssue(issue: ErrorIssue): issue is CatalogueIssue {
  const p = (issue as Partial<CatalogueIssue>).params;
  return typeof issue.code === 'string' && typeof p === 'object' && p !== null;
}
