import 'server-only';
// Editing a known issue (PATCH). The caller names the version its change is based on: of two
// edits based on the same version exactly one wins, the other gets 409 with the current entry
// (error.current). Only fields that differ are written; a PATCH that changes nothing bumps no
// version. `reviewed: true` stamps lastReviewedAt even without other changes.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { loadKnownIssue } from './known-issue-output.ts';
import { resolveOwnerTeam, resolveServiceSlugs, uniqueStrings } from './resolve-refs.ts';
import type { KnownIssueOutput, UpdateKnownIssueInput } from './schemas.ts';
import { knownIssueConflict, StaleKnownIssueVersion, writeKnownIssueChange } from './write-known-issue-change.ts';

const textFields = ['title', 'symptoms', 'cause', 'workaround', 'resolution', 'status'] as const;

const sameList = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);
const sameSet = (a: string[], b: string[]) => sameList([...a].sort(), [...b].sort());

export async function updateKnownIssue(
  db: Db,
  { actor, id, input }: { actor: Actor; id: string; input: UpdateKnownIssueInput },
): Promise<KnownIssueOutput> {
  requireRole(actor, 'responder');
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadKnownIssue(tx, id);
      if (before.version !== input.version) throw new StaleKnownIssueVersion();

      const data: Prisma.KnownIssueUncheckedUpdateManyInput = {};
      for (const f of textFields) {
        const v = input[f];
        if (v !== undefined && v !== before[f]) data[f] = v;
      }
      if (input.errorSignatures) {
        const v = uniqueStrings(input.errorSignatures);
        if (!sameList(v, before.errorSignatures)) data.errorSignatures = v;
      }
      if (input.tags) {
        const v = uniqueStrings(input.tags);
        if (!sameList(v, before.tags)) data.tags = v;
      }
      if (input.ownerTeam !== undefined && input.ownerTeam !== (before.ownerTeam?.slug ?? null)) {
        data.ownerTeamId = await resolveOwnerTeam(tx, input.ownerTeam);
      }
      let serviceIds: string[] | undefined;
      if (input.services && !sameSet(uniqueStrings(input.services), before.services.map((s) => s.slug))) {
        serviceIds = await resolveServiceSlugs(tx, input.services);
      }
      if (input.reviewed) data.lastReviewedAt = new Date();
      if (Object.keys(data).length === 0 && !serviceIds) return before;

      return writeKnownIssueChange(tx, actor, before, { data, ...(serviceIds ? { serviceIds } : {}), action: 'known_issue.updated' });
    });
  } catch (e) {
    if (e instanceof StaleKnownIssueVersion) throw await knownIssueConflict(db, id);
    throw e;
  }
}
