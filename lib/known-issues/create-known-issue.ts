import 'server-only';
// Writing a new known issue: the entry, its services, its search document and the audit
// record, in one transaction. Responders and admins write the knowledge base.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { indexKnownIssue } from '../search/index-known-issue.ts';
import { loadKnownIssue } from './known-issue-output.ts';
import { resolveOwnerTeam, resolveServiceSlugs, uniqueStrings } from './resolve-refs.ts';
import type { CreateKnownIssueInput, KnownIssueOutput } from './schemas.ts';

export async function createKnownIssue(db: Db, { actor, input }: { actor: Actor; input: CreateKnownIssueInput }): Promise<KnownIssueOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const serviceIds = await resolveServiceSlugs(tx, input.services);
    const ownerTeamId = await resolveOwnerTeam(tx, input.ownerTeam);
    const { id } = await tx.knownIssue.create({
      data: {
        title: input.title,
        symptoms: input.symptoms,
        errorSignatures: uniqueStrings(input.errorSignatures),
        cause: input.cause,
        workaround: input.workaround,
        resolution: input.resolution,
        status: input.status,
        tags: uniqueStrings(input.tags),
        authorId: actor.userId,
        ownerTeamId,
        services: { create: serviceIds.map((serviceId) => ({ serviceId })) },
      },
      select: { id: true },
    });
    await indexKnownIssue(tx, id);
    const created = await loadKnownIssue(tx, id);
    await recordAudit(tx, actor, { action: 'known_issue.created', entityType: 'known_issue', entityId: id, after: created });
    return created;
  });
}
