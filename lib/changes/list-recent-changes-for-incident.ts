import 'server-only';
// "Recent changes" on an incident: changes to its services and to everything they depend on
// (transitively), in the window before the incident started (default 24 h), nearest first.
//
// The window runs from `started − hours` to the later of the start and the declaration: the
// start time is often an estimate, so changes between it and the declaration are shown too.
// A change counts when it was scheduled or started in the window, or was in progress during
// it (started before, not finished before the window opened). Cancelled changes never happened
// and are left out.
//
// While the incident is open the window runs on to now, and beyond: a change started after
// the declaration is often the one that matters (a credential change on a dependency while
// the outage is being worked), and one about to start on the same graph must not surprise the
// responders. Each item says how it relates: `started_during` ("started after the incident
// began"), `in_progress` (running now, started before), `upcoming` (scheduled in the next
// `upcomingHours`, "about to change") or `before`.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { incidentNotFound } from '../incidents/find-incident.ts';
import { isOpenStatus, type IncidentStatus } from '../incidents/status-machine.ts';
import { parseIncidentRef } from '../incidents/reference.ts';
import { findTransitiveDependencies } from '../services/dependency-graph.ts';
import type { RecentChangeRelation, RecentChangesOutput, RecentChangesQuery } from './recent-changes-schemas.ts';
import type { ChangeKind, ChangeRisk } from './schemas.ts';
import type { ChangeStatus } from './status-machine.ts';

const HOUR_MS = 3_600_000;
const MAX_ITEMS = 50;
// What a responder needs first: what changed under them during the outage, what runs now,
// what is about to, then the history before it.
const relationRank: Record<RecentChangeRelation, number> = { started_during: 0, in_progress: 1, upcoming: 2, before: 3 };

export async function listRecentChangesForIncident(db: DbTx, { actor, ref, input }: { actor: Actor; ref: string; input: RecentChangesQuery }): Promise<RecentChangesOutput> {
  requireRole(actor, 'viewer');
  const parsed = parseIncidentRef(ref);
  const incident = parsed
    ? await db.incident.findUnique({
        where: 'id' in parsed ? { id: parsed.id } : { number: parsed.number },
        select: { id: true, status: true, startedAt: true, declaredAt: true, resolvedAt: true, services: { select: { serviceId: true } } },
      })
    : null;
  if (!incident) throw incidentNotFound(ref);

  const start = incident.startedAt ?? incident.declaredAt;
  const from = new Date(start.getTime() - input.hours * HOUR_MS);
  const open = isOpenStatus(incident.status as IncidentStatus);
  const now = new Date();
  const declaredOrStart = incident.declaredAt > start ? incident.declaredAt : start;
  // Resolved: up to the resolution, so the change started during the outage stays listed.
  const end = open ? now : (incident.resolvedAt ?? declaredOrStart);
  const to = end > declaredOrStart ? end : declaredOrStart;
  const upcomingUntil = open ? new Date(now.getTime() + input.upcomingHours * HOUR_MS) : null;
  const window = { from: from.toISOString(), to: to.toISOString(), incidentStartedAt: start.toISOString(), open, upcomingUntil: upcomingUntil?.toISOString() ?? null };

  const own = incident.services.map((s) => s.serviceId);
  if (own.length === 0) return { window, items: [] };
  const deps = await findTransitiveDependencies(db, own);
  const depthOf = new Map<string, number>([...deps.map((d) => [d.id, d.depth] as const), ...own.map((id) => [id, 0] as const)]);

  const rows = await db.changeEvent.findMany({
    where: {
      serviceId: { in: [...depthOf.keys()] },
      status: { not: 'cancelled' },
      OR: [
        { scheduledAt: { gte: from, lte: to } },
        { startedAt: { gte: from, lte: to } },
        { startedAt: { lte: to }, OR: [{ finishedAt: null }, { finishedAt: { gte: from } }] },
        ...(upcomingUntil ? [{ status: 'scheduled' as const, scheduledAt: { gte: now, lte: upcomingUntil } }] : []),
      ],
    },
    select: {
      id: true, serviceId: true, title: true, kind: true, risk: true, status: true, scheduledAt: true, startedAt: true, finishedAt: true,
      shortNotice: true, noticePeriodHours: true, service: { select: { slug: true, name: true } },
      factorLinks: { where: { incidentId: incident.id }, select: { factorId: true } },
    },
    take: 500,
  });
  const items = rows
    .map((r) => {
      const at = r.startedAt ?? r.scheduledAt;
      const relation: RecentChangeRelation = r.startedAt && r.startedAt >= start ? 'started_during'
        : r.status === 'in_progress' ? 'in_progress'
          : r.status === 'scheduled' && r.scheduledAt >= now ? 'upcoming'
            : 'before';
      return {
        rank: relationRank[relation],
        distance: Math.abs(start.getTime() - at.getTime()),
        out: {
          change: {
            id: r.id, title: r.title, kind: r.kind as ChangeKind, risk: r.risk as ChangeRisk, status: r.status as ChangeStatus,
            scheduledAt: r.scheduledAt.toISOString(), startedAt: r.startedAt?.toISOString() ?? null, finishedAt: r.finishedAt?.toISOString() ?? null,
            shortNotice: r.shortNotice, noticePeriodHours: r.noticePeriodHours, service: r.service,
          },
          at: at.toISOString(),
          relation,
          depth: depthOf.get(r.serviceId) ?? 0,
          linkedFactorId: r.factorLinks[0]?.factorId ?? null,
        },
      };
    })
    .sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.out.change.id.localeCompare(b.out.change.id))
    .slice(0, MAX_ITEMS)
    .map((x) => x.out);
  return { window, items };
}
