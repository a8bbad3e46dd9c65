import 'server-only';
// Builds a page's PageView from the database: a handful of queries, run only when the cache
// (page-cache.ts) has no fresh copy. Everything public-facing is filtered here, once:
// drills never appear; an incident appears only when an update was published to this page
// and it touches one of the page's components (or names no service at all); only the public update texts are read
// (never the timeline), and no person's name is selected at all.
import type { Db } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { indicatorOf, worstStatus, type ComponentStatus } from './impact-levels.ts';
import type { PageView, ViewIncident, ViewMaintenance, ViewUpdate } from './page-view.ts';
import type { ComponentImpact } from './schemas.ts';
import { overallUptime, uptimeDays, type ImpactInterval } from './uptime.ts';

const DAY = 86_400_000;
const HISTORY_DAYS = 90;
const CLOSED = new Set(['resolved', 'closed']);
const MAX_INCIDENTS = 50;

const publicStatus = (s: string): ViewUpdate['status'] =>
  s === 'resolved' || s === 'closed' ? 'resolved' : s === 'identified' || s === 'monitoring' ? s : 'investigating';

export async function loadPageView(db: Db, slug: string, now = new Date()): Promise<PageView | null> {
  const page = await db.statusPage.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, titleZh: true, description: true, descriptionZh: true, logoUrl: true, defaultLocale: true,
      visibility: true, allowAnonymous: true, updatedAt: true,
      components: {
        orderBy: { position: 'asc' },
        select: { id: true, position: true, group: true, groupZh: true, name: true, nameZh: true, serviceId: true, service: { select: { slug: true, name: true, createdAt: true, updatedAt: true } } },
      },
    },
  });
  if (!page) return null;
  const serviceIds = page.components.map((c) => c.serviceId);
  const since = new Date(now.getTime() - HISTORY_DAYS * DAY);
  const componentOf = new Map(page.components.map((c) => [c.serviceId, c.id]));

  const [impacts, updates, changes] = await Promise.all([
    db.incidentImpact.findMany({
      where: { serviceId: { in: serviceIds }, incident: { drill: false }, OR: [{ endedAt: null }, { endedAt: { gte: since } }] },
      select: { incidentId: true, serviceId: true, impact: true, startedAt: true, endedAt: true, incident: { select: { status: true, resolvedAt: true, updatedAt: true } } },
    }),
    db.statusPageUpdate.findMany({
      where: { pageId: page.id, createdAt: { gte: since }, incident: { drill: false } },
      orderBy: { createdAt: 'desc' },
      take: 500,
      select: {
        id: true, status: true, titleEn: true, titleZh: true, bodyEn: true, bodyZh: true, workaroundEn: true, workaroundZh: true, linkPostmortem: true, createdAt: true,
        incident: {
          select: {
            id: true, number: true, status: true, declaredAt: true, updatedAt: true, resolvedAt: true,
            services: { select: { serviceId: true } },
            impacts: { select: { serviceId: true }, distinct: ['serviceId'] },
            postmortem: { select: { status: true, sections: { where: { key: 'summary' }, select: { body: true } } } },
          },
        },
      },
    }),
    db.changeEvent.findMany({
      where: { showOnStatusPage: true, serviceId: { in: serviceIds }, status: { not: 'cancelled' }, OR: [{ scheduledAt: { gte: since } }, { status: 'in_progress' }] },
      orderBy: { scheduledAt: 'asc' },
      take: 200,
      select: {
        id: true, serviceId: true, title: true, status: true, scheduledAt: true, startedAt: true, finishedAt: true, statusPageEndsAt: true, statusPageImpact: true,
        statusPageTitleEn: true, statusPageTitleZh: true, statusPageNoteEn: true, statusPageNoteZh: true, createdAt: true, updatedAt: true,
      },
    }),
  ]);

  // --- Maintenance ---
  const maintenances: ViewMaintenance[] = changes.map((c) => {
    const until = c.statusPageEndsAt ?? new Date(c.scheduledAt.getTime() + 3_600_000);
    const inWindow = c.scheduledAt <= now && now < until;
    const status: ViewMaintenance['status'] =
      c.status === 'completed' || c.status === 'rolled_back' || (c.status === 'scheduled' && until <= now)
        ? 'completed'
        : c.status === 'in_progress' || inWindow
          ? 'in_progress'
          : 'scheduled';
    return {
      id: c.id,
      name: { en: c.statusPageTitleEn || (c.statusPageTitleZh ? '' : c.title), zh: c.statusPageTitleZh },
      note: { en: c.statusPageNoteEn, zh: c.statusPageNoteZh },
      status,
      scheduledFor: c.scheduledAt.toISOString(),
      scheduledUntil: until.toISOString(),
      componentIds: [componentOf.get(c.serviceId)!],
      impact: c.statusPageImpact,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  });
  const underMaintenance = new Set(maintenances.filter((m) => m.status === 'in_progress').flatMap((m) => m.componentIds));

  // --- Components: worst open impact, and the uptime bars ---
  const intervalsBy = new Map<string, ImpactInterval[]>();
  const openBy = new Map<string, ComponentStatus[]>();
  for (const i of impacts) {
    const incidentEnd = CLOSED.has(i.incident.status) ? (i.incident.resolvedAt ?? i.incident.updatedAt) : null;
    const ends = [i.endedAt, incidentEnd].filter((d): d is Date => !!d).map((d) => d.getTime());
    const end = new Date(Math.min(now.getTime(), ...ends));
    const list = intervalsBy.get(i.serviceId) ?? [];
    list.push({ impact: i.impact as ComponentImpact, start: i.startedAt, end });
    intervalsBy.set(i.serviceId, list);
    if (!i.endedAt && !incidentEnd) openBy.set(i.serviceId, [...(openBy.get(i.serviceId) ?? []), i.impact as ComponentImpact]);
  }
  const components = page.components.map((c) => {
    const open = openBy.get(c.serviceId) ?? [];
    const worst = worstStatus(open);
    const status: ComponentStatus = worst === 'operational' && underMaintenance.has(c.id) ? 'under_maintenance' : worst;
    const uptime = uptimeDays(intervalsBy.get(c.serviceId) ?? [], { now, days: HISTORY_DAYS, since: c.service.createdAt });
    return {
      id: c.id,
      slug: c.service.slug,
      name: { en: c.name || c.service.name, zh: c.nameZh },
      group: { en: c.group, zh: c.groupZh },
      position: c.position,
      status,
      createdAt: c.service.createdAt.toISOString(),
      updatedAt: c.service.updatedAt.toISOString(),
      uptime,
      uptimePercent: overallUptime(uptime),
    };
  });

  // --- Incidents: published here, touching a listed component, never drills ---
  const worstImpactOf = new Map<string, ComponentStatus[]>();
  for (const i of impacts) {
    worstImpactOf.set(i.incidentId, [...(worstImpactOf.get(i.incidentId) ?? []), i.impact as ComponentImpact]);
  }
  const byIncident = new Map<string, ViewIncident>();
  for (const u of updates) {
    const inc = u.incident;
    let view = byIncident.get(inc.id);
    if (!view) {
      const all = new Set([...inc.impacts, ...inc.services].map((s) => s.serviceId));
      const touched = new Set([...all].filter((s) => componentOf.has(s)));
      // Published here but about services this page does not list: not shown. An incident
      // that names no service at all is shown (the publisher chose this page for it).
      if (all.size > 0 && touched.size === 0) continue;
      if (byIncident.size >= MAX_INCIDENTS) continue;
      const status = publicStatus(inc.status);
      view = {
        id: inc.id,
        name: { en: u.titleEn, zh: u.titleZh },
        status,
        impact: indicatorOf(worstStatus(worstImpactOf.get(inc.id) ?? [])),
        createdAt: inc.declaredAt.toISOString(),
        updatedAt: u.createdAt.toISOString(),
        monitoringAt: null,
        resolvedAt: status === 'resolved' ? (inc.resolvedAt ?? inc.updatedAt).toISOString() : null,
        componentIds: [...touched].map((s) => componentOf.get(s)!),
        updates: [],
        postmortemPath: null,
        postmortemSummary: null,
      };
      byIncident.set(inc.id, view);
    }
    view.updates.push({
      id: u.id,
      status: publicStatus(u.status),
      body: { en: u.bodyEn, zh: u.bodyZh },
      workaround: { en: u.workaroundEn, zh: u.workaroundZh },
      createdAt: u.createdAt.toISOString(),
    });
    if (u.status === 'monitoring') view.monitoringAt = u.createdAt.toISOString();
    if (u.linkPostmortem && inc.postmortem?.status === 'published') {
      if (page.visibility === 'internal') view.postmortemPath = `/incidents/${formatReference(inc.number)}/postmortem`;
      else view.postmortemSummary = inc.postmortem.sections[0]?.body ?? null;
    }
  }
  const incidents = [...byIncident.values()];

  return {
    id: page.id,
    slug: page.slug,
    title: { en: page.title, zh: page.titleZh },
    description: { en: page.description, zh: page.descriptionZh },
    logoUrl: page.logoUrl,
    defaultLocale: page.defaultLocale === 'zh-CN' ? 'zh-CN' : 'en',
    visibility: page.visibility,
    allowAnonymous: page.allowAnonymous,
    updatedAt: page.updatedAt.toISOString(),
    generatedAt: now.toISOString(),
    status: worstStatus(components.map((c) => c.status)),
    components,
    activeIncidents: incidents.filter((i) => i.status !== 'resolved'),
    pastIncidents: incidents.filter((i) => i.status === 'resolved'),
    maintenances: maintenances.filter((m) => m.status !== 'completed'),
    pastMaintenances: maintenances.filter((m) => m.status === 'completed').reverse(),
  };
}
