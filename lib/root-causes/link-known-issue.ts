import 'server-only';
// Linking a factor to a known issue of the pitfall guide ("this trigger is that known issue"),
// and unlinking it. Links are not content edits: they bump no factor version, but are audited
// and announced like any analysis change. Both are idempotent (a double click is harmless).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { requireUnpublished } from '../postmortems/require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { factorSelect, toFactorOutput } from './factor-output.ts';
import type { FactorOutput } from './schemas.ts';
import { findFactor } from './update-factor.ts';

interface LinkArgs {
  actor: Actor;
  ref: string;
  factorId: string;
  knownIssueId: string;
}

export async function linkFactorKnownIssue(db: Db, { actor, ref, factorId, knownIssueId }: LinkArgs): Promise<FactorOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const factor = await findFactor(tx, ref, factorId);
    await requireUnpublished(tx, factor.incidentId, 'factors');
    const issue = await tx.knownIssue.findUnique({ where: { id: knownIssueId }, select: { id: true, title: true } });
    if (!issue) throw new AppError('not_found', 'Known issue not found.');
    const { count } = await tx.incidentFactorKnownIssue.createMany({ data: [{ factorId, knownIssueId, linkedBy: actor.label }], skipDuplicates: true });
    if (count > 0) {
      await recordAudit(tx, actor, { action: 'incident_factor.known_issue_linked', entityType: 'incident_factor', entityId: factorId, after: { knownIssueId, title: issue.title } });
      await publishIncidentEvent(tx, { incidentId: factor.incidentId, kind: 'analysis.updated' });
    }
    return toFactorOutput(await tx.incidentFactor.findUniqueOrThrow({ where: { id: factorId }, select: factorSelect }));
  });
}

export async function unlinkFactorKnownIssue(db: Db, { actor, ref, factorId, knownIssueId }: LinkArgs): Promise<FactorOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const factor = await findFactor(tx, ref, factorId);
    await requireUnpublished(tx, factor.incidentId, 'factors');
    const { count } = await tx.incidentFactorKnownIssue.deleteMany({ where: { factorId, knownIssueId } });
    if (count > 0) {
      await recordAudit(tx, actor, { action: 'incident_factor.known_issue_unlinked', entityType: 'incident_factor', entityId: factorId, before: { knownIssueId } });
      await publishIncidentEvent(tx, { incidentId: factor.incidentId, kind: 'analysis.updated' });
    }
    return toFactorOutput(await tx.incidentFactor.findUniqueOrThrow({ where: { id: factorId }, select: factorSelect }));
  });
}
