import 'server-only';
// Starts paging for an incident: finds the policy (given, else the first affected service's,
// else that service's owner team's default), checks that it covers the incident's severity
// (for declared incidents), and pages level 1 at once, in the caller's transaction.
//
// Called from the incident-declared notification (lib/notifications/notify-incident-
// subscribers.ts) and meant for alert routing rules that say "page":
//   await pageForIncident(tx, { incidentId, policyId, source: 'alert' })
// Idempotent: an incident with a running escalation is not paged again.
import type { DbTx } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import type { StoredTarget } from './create-escalation-policy.ts';
import { pageLevel } from './page-level.ts';

export interface PageForIncidentOptions {
  incidentId: string;
  /** A policy chosen by the caller (an alert route); else the services' policy. */
  policyId?: string | null;
  /** 'declared' checks the policy's severities; 'alert' and 'manual' page whatever the severity. */
  source?: 'declared' | 'alert' | 'manual';
  urgency?: 'high' | 'low';
  now?: Date;
}

export interface PageForIncidentResult {
  escalationId: string;
  started: boolean;
  paged: string[];
}

async function policyFor(tx: DbTx, incidentId: string): Promise<string | null> {
  const services = await tx.incidentService.findMany({
    where: { incidentId },
    orderBy: { service: { tier: 'asc' } },
    select: { service: { select: { escalationPolicyId: true, ownerTeamId: true } } },
  });
  for (const { service } of services) {
    if (service.escalationPolicyId) return service.escalationPolicyId;
    if (service.ownerTeamId) {
      const fallback = await tx.escalationPolicy.findFirst({ where: { teamId: service.ownerTeamId, teamDefault: true }, select: { id: true } });
      if (fallback) return fallback.id;
    }
  }
  return null;
}

export async function pageForIncident(tx: DbTx, opts: PageForIncidentOptions): Promise<PageForIncidentResult | null> {
  const now = opts.now ?? new Date();
  const running = await tx.pageEscalation.findFirst({ where: { incidentId: opts.incidentId, status: 'active' }, select: { id: true } });
  if (running) return { escalationId: running.id, started: false, paged: [] };
  const incident = await tx.incident.findUnique({ where: { id: opts.incidentId }, select: { number: true, title: true, severity: true, status: true } });
  if (!incident || incident.status === 'resolved' || incident.status === 'closed') return null;
  const policyId = opts.policyId ?? (await policyFor(tx, opts.incidentId));
  if (!policyId) return null;
  const policy = await tx.escalationPolicy.findUnique({
    where: { id: policyId },
    select: { id: true, severities: true, levels: { orderBy: { position: 'asc' }, select: { waitMinutes: true, targets: true } } },
  });
  const first = policy?.levels[0];
  if (!policy || !first) return null;
  if ((opts.source ?? 'declared') === 'declared' && !policy.severities.includes(incident.severity)) return null;
  const urgency = opts.urgency ?? (incident.severity === 'SEV1' || incident.severity === 'SEV2' ? 'high' : 'low');
  const escalation = await tx.pageEscalation.create({
    data: { incidentId: opts.incidentId, policyId: policy.id, round: 0, level: 1, urgency, nextAt: new Date(now.getTime() + first.waitMinutes * 60_000) },
    select: { id: true },
  });
  const paged = await pageLevel(tx, {
    escalation: { id: escalation.id, incidentId: opts.incidentId, urgency, reference: formatReference(incident.number), title: incident.title, severity: incident.severity },
    targets: first.targets as unknown as StoredTarget[],
    round: 0,
    level: 1,
    now,
  });
  return { escalationId: escalation.id, started: true, paged };
}
