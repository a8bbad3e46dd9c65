import 'server-only';
// Marking an entry fixed, obsolete or active again: one click, so no version is asked for —
// a status is not text that a concurrent edit could silently overwrite. It is still a
// revision (history) and an audit record.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { loadKnownIssue } from './known-issue-output.ts';
import type { KnownIssueOutput, SetKnownIssueStatusInput } from './schemas.ts';
import { knownIssueConflict, StaleKnownIssueVersion, writeKnownIssueChange } from './write-known-issue-change.ts';

export async function setKnownIssueStatus(
  db: Db,
  { actor, id, input }: { actor: Actor; id: string; input: SetKnownIssueStatusInput },
): Promise<KnownIssueOutput> {
  requireRole(actor, 'responder');
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadKnownIssue(tx, id);
      if (before.status === input.status) return before;
      return writeKnownIssueChange(tx, actor, before, { data: { status: input.status }, action: 'known_issue.status_changed' });
    });
  } catch (e) {
    // Only when another write landed between our read and our update: rare, and safe to retry.
    if (e instanceof StaleKnownIssueVersion) throw await knownIssueConflict(db, id);
    throw e;
  }
}
