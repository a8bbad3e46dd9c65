import 'server-only';
// "Recent changes" on an incident: changes to its services and to everything they depend on
// (transitively), in the window before the incident started (default 24 h), nearest first.
//
// The window runs from `started − hours` to the later of the start and the declaration: the
// start time is often an estimate, so changes between it and the declaration are shown too.
// A change counts when it was scheduled or started in the window, or was in progress during
// it (started before, not finished before the window opened). Cancelled changes never happened
// and are left out.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { incidentNotFound } from '../incidents/find-incident.ts';
import { parseIncidentRef } from '../incidents/reference.ts';
import { findTransitiveDependencies } from '../services/dependency-graph.ts';
import type { RecentChangesOutput, RecentChangesQuery } from './recent-changes-schemas.ts';
import type { ChangeKind, ChangeRisk } from './schemas.ts';
import type { ChangeStatus } from './status-machine.ts';

const HOUR_MS = 3_600_000;
const MAX_ITEMS = 50;

export async function listRecentChangesForIncident(db: DbTx, { actor, ref, input }: { actor: Actor; ref: string; input: RecentChangesQuery }): Promise<RecentChangesOutput> {
  requireRole(actor, 'viewer');
  const parsed = parseIncidentRef(ref);
  const incident = parsed
    ? await db.incident.findUnique({
        where: 'id' in parsed ? { id: parsed.id } : { number: parsed.number },
        select: { id: true, startedAt: true, declaredAt: true, services: { select: { serviceId: true } } },
      })
    : null;
  if (!incident) throw incidentNotFound(ref);

  const start = incident.startedAt ?? incident.declaredAt;
  const from = new Date(start.getTime() - input.hours * HOUR_MS);
  const to = incident.declaredAt > start ? incident.declaredAt : start;
  const window = { from: from.toISOString(), to: to.toISOString(), incidentStartedAt: start.toISOString() };

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
      return {
        distance: Math.abs(start.getTime() - at.getTime()),
        out: {
          change: {
            id: r.id, title: r.title, kind: r.kind as ChangeKind, risk: r.risk as ChangeRisk, status: r.status as ChangeStatus,
            scheduledAt: r.scheduledAt.toISOString(), startedAt: r.startedAt?.toISOString() ?? null, finishedAt: r.finishedAt?.toISOString() ?? null,
            shortNotice: r.shortNotice, noticePeriodHours: r.noticePeriodHours, service: r.service,
          },
          at: at.toISOString(),
          depth: depthOf.get(r.serviceId) ?? 0,
          linkedFactorId: r.factorLinks[0]?.factorId ?? null,
        },
      };
    })
    .sort((a, b) => a.distance - b.distance || a.out.change.id.localeCompare(b.out.change.id))
    .slice(0, MAX_ITEMS)
    .map((x) => x.out);
  return { window, items };
}
