import 'server-only';
// Linking and unlinking a known issue and an incident ("this is that known issue"). Links are
// not content edits: they bump no version and keep no revision, but are audited. Both are
// idempotent, so a double click or a retry is harmless.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { knownIssueNotFound, loadKnownIssue } from './known-issue-output.ts';
import type { KnownIssueOutput } from './schemas.ts';

async function resolveBoth(db: Db, id: string, incidentRef: string): Promise<{ incidentId: string; reference: string }> {
  const exists = await db.knownIssue.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw knownIssueNotFound();
  const incident = await findIncidentId(db, incidentRef);
  return { incidentId: incident.id, reference: `INC-${incident.number}` };
}

export async function linkIncident(db: Db, { actor, id, incident }: { actor: Actor; id: string; incident: string }): Promise<KnownIssueOutput> {
  requireRole(actor, 'responder');
  const { incidentId, reference } = await resolveBoth(db, id, incident);
  return db.$transaction(async (tx) => {
    const { count } = await tx.knownIssueIncident.createMany({ data: [{ knownIssueId: id, incidentId, linkedBy: actor.label }], skipDuplicates: true });
    if (count > 0) {
      await recordAudit(tx, actor, { action: 'known_issue.incident_linked', entityType: 'known_issue', entityId: id, after: { incident: reference } });
    }
    return loadKnownIssue(tx, id);
  });
}

export async function unlinkIncident(db: Db, { actor, id, incident }: { actor: Actor; id: string; incident: string }): Promise<KnownIssueOutput> {
  requireRole(actor, 'responder');
  const { incidentId, reference } = await resolveBoth(db, id, incident);
  return db.$transaction(async (tx) => {
    const { count } = await tx.knownIssueIncident.deleteMany({ where: { knownIssueId: id, incidentId } });
    if (count > 0) {
      await recordAudit(tx, actor, { action: 'known_issue.incident_unlinked', entityType: 'known_issue', entityId: id, before: { incident: reference } });
    }
    return loadKnownIssue(tx, id);
  });
}
