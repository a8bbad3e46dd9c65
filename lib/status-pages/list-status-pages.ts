import 'server-only';
// Status pages for the admin screens and the composer's "publish to" list: any signed-in
// person may see which pages exist (responders publish to them); admins change them.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { statusPageSelect, toStatusPageOutput } from './page-output.ts';
import type { StatusPageOutput } from './schemas.ts';

export async function listStatusPages(db: Db, { actor }: { actor: Actor }): Promise<StatusPageOutput[]> {
  requireRole(actor, 'viewer');
  const rows = await db.statusPage.findMany({ orderBy: { slug: 'asc' }, take: 500, select: statusPageSelect });
  return rows.map(toStatusPageOutput);
}

export async function getStatusPage(db: Db, { actor, slug }: { actor: Actor; slug: string }): Promise<StatusPageOutput> {
  requireRole(actor, 'viewer');
  const row = await db.statusPage.findUnique({ where: { slug }, select: statusPageSelect });
  if (!row) throw new AppError('not_found', `No status page '${slug}'.`);
  return toStatusPageOutput(row);
}
