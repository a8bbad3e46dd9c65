import 'server-only';
// Turns the service slugs of a declare or edit into ids, naming every unknown one by its
// position ("services.0") so the form can mark each, in one round trip.
import type { DbTx } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';

/** Ids of the given slugs, de-duplicated, in input order; `invalid` when any is unknown. */
export async function resolveServiceSlugs(tx: DbTx, slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const found = await tx.service.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idBySlug = new Map(found.map((s) => [s.slug, s.id]));
  const issues: ErrorIssue[] = [];
  const ids: string[] = [];
  for (const [index, slug] of slugs.entries()) {
    const id = idBySlug.get(slug);
    if (!id) issues.push({ path: `services.${index}`, message: `There is no service "${slug}".`, code: 'unknown_service' });
    else if (!ids.includes(id)) ids.push(id);
  }
  if (issues.length > 0) {
    const fields = issues.map((i) => i.path).join(', ');
    throw new AppError('invalid', `Some fields are not valid: ${fields}.`, { issues });
  }
  return ids;
}
