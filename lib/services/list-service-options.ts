import 'server-only';
// Every service's slug and name, for pickers (dependencies). Catalogues hold hundreds of
// services, not millions: one light query, no paging.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';

export interface ServiceOption {
  slug: string;
  name: string;
}

export async function listServiceOptions(db: DbTx, { actor }: { actor: Actor }): Promise<ServiceOption[]> {
  requireRole(actor, 'viewer');
  return db.service.findMany({ select: { slug: true, name: true }, orderBy: { slug: 'asc' }, take: 5000 });
}
