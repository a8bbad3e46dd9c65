import 'server-only';
// Turns what an input names (service slugs, an owner team slug) into ids, naming the field of
// every unknown one so that the form can mark it.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
export { resolveServiceSlugs } from '../incidents/resolve-services.ts';

/** The team's id; null for none; `invalid` on `ownerTeam` when unknown. */
export async function resolveOwnerTeam(tx: DbTx, slug: string | null | undefined): Promise<string | null> {
  if (!slug) return null;
  const team = await tx.team.findUnique({ where: { slug }, select: { id: true } });
  if (!team) {
    throw new AppError('invalid', 'Some fields are not valid: ownerTeam.', {
      issues: [{ path: 'ownerTeam', message: `There is no team "${slug}".`, code: 'unknown_team' }],
    });
  }
  return team.id;
}

/** Trimmed, without empty or repeated values, first spelling kept. */
export function uniqueStrings(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map((s) => s.trim()).filter(Boolean)) {
    const key = v.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}
