import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { loadChangeOutput } from './change-output.ts';
import type { ChangeOutput } from './schemas.ts';

export async function getChange(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<ChangeOutput> {
  requireRole(actor, 'viewer');
  return loadChangeOutput(db, id);
}
