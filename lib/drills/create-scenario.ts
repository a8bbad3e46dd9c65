import 'server-only';
// A scenario from a known issue and/or a past incident: whatever the author leaves empty is
// filled from them (title, services, the symptoms to inject: the known issue's error
// signatures and symptom lines, else the incident's highlighted timeline entries). Audited.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { resolveServiceSlugs } from '../incidents/resolve-services.ts';
import { scenarioSelect, toScenarioOutputs } from './scenario-output.ts';
import type { CreateScenarioInput, ScenarioOutput } from './schemas.ts';

const MAX_LINES = 20;
const lines = (text: string) => text.split('\n').map((l) => l.replace(/^\s*[-*]\s*/, '').trim()).filter(Boolean);

export async function createScenario(db: Db, { actor, input }: { actor: Actor; input: CreateScenarioInput }): Promise<ScenarioOutput> {
  requireRole(actor, 'responder');
  const issues: ErrorIssue[] = [];
  const knownIssue = input.knownIssue
    ? await db.knownIssue.findUnique({ where: { id: input.knownIssue }, select: { id: true, title: true, symptoms: true, errorSignatures: true, services: { select: { serviceId: true } } } })
    : null;
  if (input.knownIssue && !knownIssue) issues.push({ path: 'knownIssue', message: 'There is no such known issue.', code: 'unknown_known_issue' });
  const incidentId = input.sourceIncident ? await findIncidentId(db, input.sourceIncident).then((r) => r.id, () => null) : null;
  if (input.sourceIncident && !incidentId) issues.push({ path: 'sourceIncident', message: 'There is no such incident.', code: 'unknown_incident' });
  const incident = incidentId
    ? await db.incident.findUnique({
        where: { id: incidentId },
        select: { id: true, title: true, services: { select: { serviceId: true } }, timeline: { where: { highlighted: true, deletedAt: null }, orderBy: { occurredAt: 'asc' }, take: MAX_LINES, select: { body: true } } },
      })
    : null;
  const title = input.title || (knownIssue ? knownIssue.title : incident?.title) || '';
  if (!title) issues.push({ path: 'title', message: 'Give a title, or build the scenario from a known issue or an incident.', code: 'required' });
  if (issues.length) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });

  const serviceIds = input.services.length
    ? await resolveServiceSlugs(db, input.services)
    : [...new Set([...(knownIssue?.services ?? []), ...(incident?.services ?? [])].map((s) => s.serviceId))];
  const symptoms = input.symptoms.length
    ? input.symptoms
    : knownIssue
      ? [...knownIssue.errorSignatures, ...lines(knownIssue.symptoms)].slice(0, MAX_LINES)
      : (incident?.timeline ?? []).map((e) => e.body.slice(0, 2000));

  return db.$transaction(async (tx) => {
    const row = await tx.drillScenario.create({
      data: {
        title: title.slice(0, 200), description: input.description, severity: input.severity, knownIssueId: knownIssue?.id ?? null, sourceIncidentId: incident?.id ?? null,
        serviceIds, symptoms, expectedActions: input.expectedActions, createdByLabel: actor.label,
      },
      select: scenarioSelect,
    });
    await recordAudit(tx, actor, { action: 'drill_scenario.created', entityType: 'drill_scenario', entityId: row.id, after: { title: row.title, knownIssue: row.knownIssueId, sourceIncident: row.sourceIncidentId } });
    const [out] = await toScenarioOutputs(tx, [row]);
    return out as ScenarioOutput;
  });
}
