import 'server-only';
// The one way an existing known issue changes content: a compare-and-set on its version
// (`UPDATE … WHERE id AND version`), the previous state kept as a revision, the search
// document rewritten and the audit record written — all inside the caller's transaction.
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { indexKnownIssue } from '../search/index-known-issue.ts';
import { loadKnownIssue } from './known-issue-output.ts';
import type { KnownIssueOutput } from './schemas.ts';

export class StaleKnownIssueVersion extends Error {}

export interface KnownIssueChange {
  data: Prisma.KnownIssueUncheckedUpdateManyInput;
  /** Replaces the services when given. */
  serviceIds?: string[];
  action: string;
}

export async function writeKnownIssueChange(tx: DbTx, actor: Actor, before: KnownIssueOutput, change: KnownIssueChange): Promise<KnownIssueOutput> {
  const { count } = await tx.knownIssue.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleKnownIssueVersion();
  if (change.serviceIds) {
    await tx.knownIssueService.deleteMany({ where: { knownIssueId: before.id } });
    await tx.knownIssueService.createMany({ data: change.serviceIds.map((serviceId) => ({ knownIssueId: before.id, serviceId })) });
  }
  await tx.knownIssueRevision.create({
    data: {
      knownIssueId: before.id,
      version: before.version,
      snapshot: JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue,
      editedById: actor.userId,
      editedBy: actor.label,
    },
  });
  await indexKnownIssue(tx, before.id);
  const after = await loadKnownIssue(tx, before.id);
  await recordAudit(tx, actor, { action: change.action, entityType: 'known_issue', entityId: before.id, before, after });
  return after;
}

export async function knownIssueConflict(db: DbTx, id: string): Promise<AppError> {
  const current = await loadKnownIssue(db, id);
  return new AppError(
    'conflict',
    `Someone else changed this known issue meanwhile (it is now at version ${current.version}). Review the current text, then apply your change again.`,
    { details: { current } },
  );
}
