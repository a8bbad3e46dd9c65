import 'server-only';
// Routing one queued alert event, inside the transaction that claimed it (process-alert-events.ts):
// firing → rule decision, change correlation, then declare / attach / record / suppress (or held
// by an expected-alerts change); resolved → per the rule, a note, monitoring or resolved.
// Incidents are declared and moved with the incidents domain's own use cases, as the `alerts`
// system actor, so timeline entries, audit, search and notifications are exactly as for people.
import type { Env } from '../config/env.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { declareIncidentIn } from '../incidents/declare-incident.ts';
import { formatReference } from '../incidents/reference.ts';
import { alertsActor, writeAlertEntry } from './alert-timeline.ts';
import { findChangeContext, describeCorrelation } from './correlate-change.ts';
import { loadRules } from './load-rules.ts';
import { decide, isFlapping, type AlertFacts } from './route-decision.ts';
import { applyResolution } from './apply-resolution.ts';
import { ruleActionHook } from './rule-actions.ts';
import { enqueueDirectNotifications } from '../notifications/enqueue-direct.ts';

type Settings = Pick<Env, 'ALERT_CHANGE_WINDOW_HOURS' | 'ALERT_FLAP_COUNT' | 'ALERT_FLAP_MINUTES'>;
const OPEN = ['investigating', 'identified', 'monitoring'] as const;

export interface ClaimedEvent {
  id: bigint;
  alertId: string;
  status: 'firing' | 'acknowledged' | 'resolved';
  note: string | null;
}

export interface EventOutcome {
  outcome: string;
  note: string | null;
}

const alertSelect = {
  id: true, status: true, severity: true, summary: true, labels: true, annotations: true, startsAt: true, incidentId: true, ruleId: true, flapping: true,
  source: { select: { id: true, name: true, type: true, defaultService: { select: { slug: true } } } },
  incident: { select: { id: true, number: true, status: true } },
} as const;

async function countRecentFirings(tx: DbTx, alertId: string, minutes: number, now: Date): Promise<number> {
  return tx.alertEvent.count({ where: { alertId, status: 'firing', occurredAt: { gte: new Date(now.getTime() - minutes * 60_000) } } });
}

export async function applyAlertEvent(tx: DbTx, ev: ClaimedEvent, settings: Settings, now = new Date()): Promise<EventOutcome> {
  // Serialises with any other routing of this alert (and with the receive path's upsert).
  await tx.$executeRaw`SELECT 1 FROM "Alert" WHERE "id" = ${ev.alertId}::uuid FOR UPDATE`;
  const alert = await tx.alert.findUnique({ where: { id: ev.alertId }, select: alertSelect });
  if (!alert) return { outcome: 'gone', note: null };
  const facts: AlertFacts = {
    status: ev.status, severity: alert.severity, summary: alert.summary, source: alert.source.name,
    labels: alert.labels as Record<string, string>, annotations: alert.annotations as Record<string, string>,
  };
  const entry = { eventId: ev.id, alertId: alert.id, summary: alert.summary, severity: alert.severity, source: alert.source.name };

  if (ev.status !== 'firing') {
    if (!alert.incident || !(OPEN as readonly string[]).includes(alert.incident.status)) {
      // A human-resolved incident stays resolved when a late resolve arrives.
      return { outcome: ev.status, note: null };
    }
    if (!alert.flapping) await writeAlertEntry(tx, alert.incident.id, { ...entry, status: ev.status, correlation: null });
    if (ev.status === 'acknowledged') return { outcome: 'acknowledged', note: null };
    const note = await applyResolution(tx, { alertId: alert.id, ruleId: alert.ruleId, incident: alert.incident, startsAt: alert.startsAt });
    return { outcome: 'resolved', note };
  }

  // --- firing (new, or again after a resolution)
  const flapping = isFlapping(await countRecentFirings(tx, alert.id, settings.ALERT_FLAP_MINUTES, now), settings.ALERT_FLAP_COUNT);
  const label = facts.labels.service;
  const labelService = label ? await tx.service.findUnique({ where: { slug: label }, select: { slug: true } }) : null;
  const rules = await loadRules(tx, alert.source.id);
  const d = decide(facts, rules, new Set(labelService ? [labelService.slug] : []), alert.source.defaultService?.slug ?? null);
  const service = d.service ? await tx.service.findUnique({ where: { slug: d.service }, select: { id: true, slug: true, name: true, ownerTeamId: true } }) : null;
  const ctx = await findChangeContext(tx, { serviceId: service?.id ?? null, at: alert.startsAt, now, windowHours: settings.ALERT_CHANGE_WINDOW_HOURS });
  const update: Prisma.AlertUncheckedUpdateInput = {
    serviceId: service?.id ?? null, ruleId: d.rule?.id ?? null, groupKey: d.groupKey, flapping, updatedAt: now,
    correlation: ctx.correlation ? { ...ctx.correlation } : undefined, correlatedChangeId: ctx.correlation?.changeId ?? null, duringChangeId: ctx.holdingChangeId,
  };
  const finish = async (outcome: string, incidentId: string | null, note: string | null = null): Promise<EventOutcome> => {
    await tx.alert.update({ where: { id: alert.id }, data: { ...update, outcome, incidentId } });
    return { outcome, note };
  };

  // Still attached to an open incident (acknowledged → firing, or a re-fire before anyone closed it).
  if (alert.incident && (OPEN as readonly string[]).includes(alert.incident.status)) {
    if (!flapping) await writeAlertEntry(tx, alert.incident.id, { ...entry, status: 'refired', correlation: ctx.correlation });
    return finish('attached', alert.incident.id, formatReference(alert.incident.number));
  }
  if (ctx.holdingChangeId) return finish('held', null, ctx.correlation ? describeCorrelation(ctx.correlation) : null);
  if (d.action === 'suppress') return finish('suppressed', null);
  if (d.action === 'record') {
    // The triage list is /alerts; the owner team also hears of it in its inbox (once per firing).
    if (service?.ownerTeamId && !flapping) {
      await enqueueDirectNotifications(tx, {
        event: 'alert_recorded',
        subject: { type: 'alert', id: alert.id },
        recipients: [{ teamId: service.ownerTeamId, channelType: 'inbox' }],
        payload: { title: alert.summary.slice(0, 300), serviceName: service.name, severity: alert.severity, linkPath: `/alerts/${alert.id}` },
      });
    }
    return finish('recorded', null);
  }

  // declare / attach / page: join the open incident of the group within the window, if any.
  // The advisory lock makes two alerts of a new group, routed at once, open ONE incident.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`alert-group:${d.groupKey}`}))`;
  const windowStart = new Date(now.getTime() - (d.rule?.groupWindowMinutes ?? 60) * 60_000);
  const group = await tx.alert.findFirst({
    where: { groupKey: d.groupKey, id: { not: alert.id }, incident: { status: { in: [...OPEN] } }, lastSeenAt: { gte: windowStart } },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
    select: { incident: { select: { id: true, number: true } } },
  });
  let incident = group?.incident ?? null;
  let declared = false;
  if (incident) {
    if (!flapping) await writeAlertEntry(tx, incident.id, { ...entry, status: 'firing', correlation: ctx.correlation });
  } else if (d.action === 'attach') {
    return finish('recorded', null, 'no open incident in the group');
  } else {
    const correlation = ctx.correlation ? `\n\n${describeCorrelation(ctx.correlation)}` : '';
    // Key times may not lie in the future (the incidents domain checks against its own clock).
    const clock = new Date();
    const detectedAt = now > clock ? clock : now;
    const startedAt = alert.startsAt > detectedAt ? detectedAt : alert.startsAt;
    const out = await declareIncidentIn(tx, {
      actor: alertsActor,
      input: {
        title: d.title, severity: d.severity, summary: `${alert.summary}${correlation}`.slice(0, 10_000), services: service ? [service.slug] : [],
        impact: '', customerFacing: false, drill: false, startedAt: startedAt.toISOString(), detectedAt: detectedAt.toISOString(),
      },
    });
    incident = { id: out.id, number: out.number };
    declared = true;
    await writeAlertEntry(tx, incident.id, { ...entry, status: 'firing', correlation: ctx.correlation });
  }
  const hook = d.action === 'page' ? ruleActionHook('page') : undefined;
  if (hook) await hook(tx, { alertId: alert.id, incidentId: incident.id, serviceId: service?.id ?? null, severity: d.severity, ruleId: d.rule?.id ?? null, declared });
  return finish(declared ? 'declared' : 'attached', incident.id, formatReference(incident.number));
}
