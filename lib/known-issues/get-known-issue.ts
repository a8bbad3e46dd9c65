import 'server-only';
// One known issue as its page shows it. Every signed-in person may read the knowledge base.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { loadKnownIssue } from './known-issue-output.ts';
import type { KnownIssueOutput } from './schemas.ts';

export async function getKnownIssue(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<KnownIssueOutput> {
  requireRole(actor, 'viewer');
  return loadKnownIssue(db, id);
}
