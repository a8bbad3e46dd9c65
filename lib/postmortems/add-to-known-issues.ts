import 'server-only';
// "Add to known issues" from a postmortem (the lesson becomes a pitfall-guide entry): the
// form's starting text (./known-issue-prefill.ts decides the mapping), and the save, which
// creates the known issue and links it to the incident. Responders write known issues.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { loadIncidentOutput } from '../incidents/find-incident.ts';
import { createKnownIssue } from '../known-issues/create-known-issue.ts';
import { linkIncident } from '../known-issues/link-incident.ts';
import type { CreateKnownIssueInput, KnownIssueOutput } from '../known-issues/schemas.ts';
import { knownIssuePrefill, type KnownIssuePrefill } from './known-issue-prefill.ts';
import type { SectionKey } from './template.ts';

export async function getKnownIssuePrefill(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<KnownIssuePrefill & { incident: { id: string; reference: string; title: string } }> {
  requireRole(actor, 'responder');
  const incident = await loadIncidentOutput(db, ref);
  const [pm, factors, actionItems] = await Promise.all([
    db.postmortem.findUnique({ where: { incidentId: incident.id }, select: { sections: { select: { key: true, body: true } } } }),
    db.incidentFactor.findMany({ where: { incidentId: incident.id }, select: { kind: true, description: true, fiveWhys: true }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] }),
    db.actionItem.findMany({ where: { incidentId: incident.id }, select: { kind: true, title: true, status: true, externalUrl: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  ]);
  if (!pm) throw new AppError('not_found', 'This incident has no postmortem yet.');
  const prefill = knownIssuePrefill({
    incident: { title: incident.title, services: incident.services.map((s) => s.slug) },
    sections: pm.sections.map((s) => ({ key: s.key as SectionKey, body: s.body })),
    factors,
    actionItems,
  });
  return { ...prefill, incident: { id: incident.id, reference: incident.reference, title: incident.title } };
}

/**
 * Creates the known issue, then links it to the incident. Two steps (each its own audited
 * transaction, as through the API); the link only fails if the incident vanished meanwhile.
 */
export async function addToKnownIssues(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: CreateKnownIssueInput }): Promise<KnownIssueOutput> {
  requireRole(actor, 'responder');
  const incident = await loadIncidentOutput(db, ref);
  const created = await createKnownIssue(db, { actor, input });
  return linkIncident(db, { actor, id: created.id, incident: incident.id });
}
