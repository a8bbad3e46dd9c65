import 'server-only';
// An entry's history: its earlier states, newest first, each with who replaced it and when.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { knownIssueNotFound } from './known-issue-output.ts';
import type { KnownIssueOutput, KnownIssueRevisionsOutput } from './schemas.ts';

export async function listKnownIssueRevisions(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<KnownIssueRevisionsOutput> {
  requireRole(actor, 'viewer');
  const entry = await db.knownIssue.findUnique({
    where: { id },
    select: { revisions: { select: { version: true, editedAt: true, editedBy: true, snapshot: true }, orderBy: { version: 'desc' } } },
  });
  if (!entry) throw knownIssueNotFound();
  return {
    items: entry.revisions.map((r) => ({
      version: r.version,
      editedAt: r.editedAt.toISOString(),
      editedBy: r.editedBy,
      // Written by write-known-issue-change.ts from the KnownIssueOutput of that moment.
      snapshot: r.snapshot as unknown as KnownIssueOutput,
    })),
  };
}
