import 'server-only';
// "Who to call": the incident's own services' owners and contacts first, then the owners of
// the services it depends on (transitively) that had a change in the recent-changes window
// (../changes/list-recent-changes-for-incident.ts, the same window the page shows) or have an
// open incident of their own. On a `crm` incident caused by Security's token change on
// `auth`, the `auth` owners are the people to call.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { listRecentChangesForIncident } from '../changes/list-recent-changes-for-incident.ts';
import { DEFAULT_RECENT_CHANGE_HOURS, DEFAULT_UPCOMING_CHANGE_HOURS } from '../changes/recent-changes-schemas.ts';
import { findTransitiveDependencies } from '../services/dependency-graph.ts';
import { openStatuses } from './status-machine.ts';
import { formatReference } from './reference.ts';
import { loadIncidentOutput } from './find-incident.ts';
import type { DependencyContactOutput, WhoToCallOutput } from './who-to-call-schemas.ts';

export async function listWhoToCall(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<WhoToCallOutput> {
  requireRole(actor, 'viewer');
  const incident = await loadIncidentOutput(db, ref);
  const own = await db.incidentService.findMany({ where: { incidentId: incident.id }, select: { serviceId: true } });
  if (own.length === 0) return { services: incident.services, dependencies: [] };
  const ownIds = new Set(own.map((s) => s.serviceId));
  const deps = (await findTransitiveDependencies(db, [...ownIds])).filter((d) => !ownIds.has(d.id));
  if (deps.length === 0) return { services: incident.services, dependencies: [] };
  const bySlug = new Map(deps.map((d) => [d.slug, d]));

  const recent = await listRecentChangesForIncident(db, { actor, ref: incident.id, input: { hours: DEFAULT_RECENT_CHANGE_HOURS, upcomingHours: DEFAULT_UPCOMING_CHANGE_HOURS } });
  const changesBySlug = new Map<string, DependencyContactOutput['changes']>();
  for (const item of recent.items) {
    if (!bySlug.has(item.change.service.slug)) continue;
    const list = changesBySlug.get(item.change.service.slug) ?? [];
    list.push({ id: item.change.id, title: item.change.title, status: item.change.status });
    changesBySlug.set(item.change.service.slug, list);
  }
  const openElsewhere = await db.incidentService.findMany({
    where: { serviceId: { in: deps.map((d) => d.id) }, incidentId: { not: incident.id }, incident: { status: { in: [...openStatuses] } } },
    select: { service: { select: { slug: true } }, incident: { select: { number: true, title: true } } },
    orderBy: { incident: { number: 'desc' } },
  });
  const incidentsBySlug = new Map<string, DependencyContactOutput['incidents']>();
  for (const r of openElsewhere) {
    const list = incidentsBySlug.get(r.service.slug) ?? [];
    list.push({ reference: formatReference(r.incident.number), title: r.incident.title });
    incidentsBySlug.set(r.service.slug, list);
  }

  const wanted = deps.filter((d) => changesBySlug.has(d.slug) || incidentsBySlug.has(d.slug));
  if (wanted.length === 0) return { services: incident.services, dependencies: [] };
  const services = await db.service.findMany({
    where: { id: { in: wanted.map((d) => d.id) } },
    select: {
      slug: true, name: true, ownerTeam: { select: { slug: true, name: true } },
      contacts: { select: { name: true, role: true, email: true, phone: true, chat: true }, orderBy: { position: 'asc' } },
    },
  });
  const dependencies = services
    .map((s) => ({ ...s, depth: bySlug.get(s.slug)?.depth ?? 1, changes: changesBySlug.get(s.slug) ?? [], incidents: incidentsBySlug.get(s.slug) ?? [] }))
    .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name));
  return { services: incident.services, dependencies };
}
