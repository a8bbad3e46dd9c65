// The public JSON in Atlassian Statuspage's v2 shapes (summary, status, incidents,
// scheduled-maintenances), so existing dashboards, bots and widgets can read our pages.
// Texts are in the reader's language; the workaround is appended to an update's body (the
// format has no field of its own for it). Pure.
import type { Translate } from './page-messages.ts';
import type { PageView, ViewComponent, ViewIncident, ViewMaintenance } from './page-view.ts';
import { indicatorOf } from './impact-levels.ts';
import { pick } from './public-text.ts';

export interface JsonContext { locale: string; baseUrl: string; t: Translate }

function pageObject(v: PageView, c: JsonContext) {
  return { id: v.id, name: pick(v.title, c.locale), url: `${c.baseUrl}/status/${v.slug}`, time_zone: 'Etc/UTC', updated_at: v.generatedAt };
}

function groupId(v: PageView, name: string): string {
  return `${v.id.slice(0, 24)}${Buffer.from(name).toString('hex').slice(0, 12).padEnd(12, '0')}`;
}

function componentObjects(v: PageView, c: JsonContext) {
  const groups = new Map<string, ViewComponent[]>();
  for (const comp of v.components) if (comp.group.en || comp.group.zh) groups.set(comp.group.en || comp.group.zh, [...(groups.get(comp.group.en || comp.group.zh) ?? []), comp]);
  const list: Record<string, unknown>[] = v.components.map((comp) => ({
    id: comp.id,
    name: pick(comp.name, c.locale),
    status: comp.status,
    created_at: comp.createdAt,
    updated_at: comp.updatedAt,
    position: comp.position + 1,
    description: null,
    showcase: true,
    start_date: comp.createdAt.slice(0, 10),
    group_id: comp.group.en || comp.group.zh ? groupId(v, comp.group.en || comp.group.zh) : null,
    page_id: v.id,
    group: false,
    only_show_if_degraded: false,
  }));
  let position = v.components.length;
  for (const [key, members] of groups) {
    const first = members[0]!;
    list.push({
      id: groupId(v, key),
      name: pick(first.group, c.locale),
      status: members.map((m) => m.status).sort((a, b) => rankOf(b) - rankOf(a))[0],
      created_at: first.createdAt,
      updated_at: first.updatedAt,
      position: ++position,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: v.id,
      group: true,
      only_show_if_degraded: false,
      components: members.map((m) => m.id),
    });
  }
  return list;
}

const rankOf = (s: string) => ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'].indexOf(s);

function componentsFor(v: PageView, c: JsonContext, ids: string[]) {
  const all = componentObjects(v, c);
  return all.filter((x) => ids.includes(String(x.id)));
}

function incidentObject(v: PageView, c: JsonContext, i: ViewIncident) {
  return {
    id: i.id,
    name: pick(i.name, c.locale),
    status: i.status,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    monitoring_at: i.monitoringAt,
    resolved_at: i.resolvedAt,
    impact: i.impact,
    shortlink: `${c.baseUrl}/status/${v.slug}#incident-${i.id}`,
    started_at: i.createdAt,
    page_id: v.id,
    incident_updates: i.updates.map((u) => {
      const workaround = pick(u.workaround, c.locale);
      const body = pick(u.body, c.locale);
      return {
        id: u.id,
        status: u.status,
        body: workaround ? `${body}\n\n${c.t('public.workaroundLine', { text: workaround })}` : body,
        incident_id: i.id,
        created_at: u.createdAt,
        updated_at: u.createdAt,
        display_at: u.createdAt,
        affected_components: null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      };
    }),
    postmortem_body: i.postmortemSummary,
    components: componentsFor(v, c, i.componentIds),
  };
}

function maintenanceObject(v: PageView, c: JsonContext, m: ViewMaintenance) {
  const note = pick(m.note, c.locale);
  const status = m.status;
  return {
    id: m.id,
    name: pick(m.name, c.locale),
    status,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    monitoring_at: null,
    resolved_at: status === 'completed' ? m.scheduledUntil : null,
    impact: 'maintenance',
    shortlink: `${c.baseUrl}/status/${v.slug}#maintenance-${m.id}`,
    started_at: m.scheduledFor,
    page_id: v.id,
    scheduled_for: m.scheduledFor,
    scheduled_until: m.scheduledUntil,
    incident_updates: note
      ? [{ id: `${m.id}-note`, status, body: note, incident_id: m.id, created_at: m.createdAt, updated_at: m.updatedAt, display_at: m.createdAt, affected_components: null, deliver_notifications: true, custom_tweet: null, tweet_id: null }]
      : [],
    components: componentsFor(v, c, m.componentIds),
  };
}

export function statusObject(v: PageView, c: JsonContext) {
  const indicator = indicatorOf(v.status);
  const key = v.status === 'under_maintenance' ? 'maintenance' : indicator;
  return { indicator, description: c.t(`banner.${key}`) };
}

export function summaryJson(v: PageView, c: JsonContext) {
  return {
    page: pageObject(v, c),
    components: componentObjects(v, c),
    incidents: v.activeIncidents.map((i) => incidentObject(v, c, i)),
    scheduled_maintenances: v.maintenances.map((m) => maintenanceObject(v, c, m)),
    status: statusObject(v, c),
  };
}

export function statusJson(v: PageView, c: JsonContext) {
  return { page: pageObject(v, c), status: statusObject(v, c) };
}

export function incidentsJson(v: PageView, c: JsonContext) {
  return { page: pageObject(v, c), incidents: [...v.activeIncidents, ...v.pastIncidents].slice(0, 50).map((i) => incidentObject(v, c, i)) };
}

export function scheduledMaintenancesJson(v: PageView, c: JsonContext) {
  return { page: pageObject(v, c), scheduled_maintenances: [...v.maintenances, ...v.pastMaintenances].slice(0, 50).map((m) => maintenanceObject(v, c, m)) };
}
