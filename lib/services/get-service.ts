import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { ServiceOutput } from './schemas.ts';
import { serviceSelect, toServiceOutput } from './service-output.ts';

export function serviceNotFound(slug: string): AppError {
  return new AppError('not_found', `Service '${slug}' not found.`);
}

/** One service by slug, or `not_found`. Every signed-in role may read the catalogue. */
export async function getService(db: DbTx, { actor, slug }: { actor: Actor; slug: string }): Promise<ServiceOutput> {
  requireRole(actor, 'viewer');
  const row = await db.service.findUnique({ where: { slug }, select: serviceSelect });
  if (!row) throw serviceNotFound(slug);
  return toServiceOutput(row);
}
