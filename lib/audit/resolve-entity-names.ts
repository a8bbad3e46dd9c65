import 'server-only';
// Names and pages for the entities an audit page lists, so a reader sees "INC-42 调用服务失败"
// or "Security" rather than a uuid. One query per entity type present on the page; an entity
// deleted since is left without a name (its id stays, and its history is still in the log).
import type { DbTx } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';

export interface EntityName {
  name: string;
  href: string | null;
}

type Resolver = (db: DbTx, ids: string[]) => Promise<[string, EntityName][]>;

const ref = (n: number) => formatReference(n);

const resolvers: Record<string, Resolver> = {
  user: async (db, ids) => (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }))
    .map((u) => [u.id, { name: u.name ? `${u.name} <${u.email}>` : u.email, href: `/admin/users/${u.id}` }]),
  team: async (db, ids) => (await db.team.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } }))
    .map((t) => [t.id, { name: t.name, href: `/teams/${t.slug}` }]),
  service: async (db, ids) => (await db.service.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } }))
    .map((s) => [s.id, { name: s.name, href: `/services/${s.slug}` }]),
  incident: async (db, ids) => (await db.incident.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, title: true } }))
    .map((i) => [i.id, { name: `${ref(i.number)} ${i.title}`, href: `/incidents/${ref(i.number)}` }]),
  change: async (db, ids) => (await db.changeEvent.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }))
    .map((c) => [c.id, { name: c.title, href: `/changes/${c.id}` }]),
  postmortem: async (db, ids) => (await db.postmortem.findMany({ where: { id: { in: ids } }, select: { id: true, incident: { select: { number: true, title: true } } } }))
    .map((p) => [p.id, { name: `${ref(p.incident.number)} ${p.incident.title}`, href: `/incidents/${ref(p.incident.number)}/postmortem` }]),
  incident_factor: async (db, ids) => (await db.incidentFactor.findMany({ where: { id: { in: ids } }, select: { id: true, description: true, incident: { select: { number: true } } } }))
    .map((f) => [f.id, { name: `${ref(f.incident.number)} · ${f.description.slice(0, 80)}`, href: `/incidents/${ref(f.incident.number)}/postmortem` }]),
  action_item: async (db, ids) => (await db.actionItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, incident: { select: { number: true } } } }))
    .map((a) => [a.id, { name: `${ref(a.incident.number)} · ${a.title}`, href: `/incidents/${ref(a.incident.number)}/postmortem` }]),
  known_issue: async (db, ids) => (await db.knownIssue.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }))
    .map((k) => [k.id, { name: k.title, href: `/known-issues/${k.id}` }]),
  api_token: async (db, ids) => (await db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }))
    .map((t) => [t.id, { name: t.name, href: '/admin/tokens' }]),
  timeline_entry: async (db, ids) => (await db.timelineEntry.findMany({ where: { id: { in: ids } }, select: { id: true, body: true, incident: { select: { number: true } } } }))
    .map((e) => [e.id, { name: `${ref(e.incident.number)} · ${e.body.slice(0, 80)}`, href: `/incidents/${ref(e.incident.number)}` }]),
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Key: `${entityType}:${entityId}`. */
export async function resolveEntityNames(db: DbTx, entries: { entityType: string; entityId: string }[]): Promise<Map<string, EntityName>> {
  const byType = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!resolvers[e.entityType] || !uuid.test(e.entityId)) continue;
    const set = byType.get(e.entityType) ?? new Set<string>();
    set.add(e.entityId);
    byType.set(e.entityType, set);
  }
  const out = new Map<string, EntityName>();
  await Promise.all([...byType].map(async ([type, ids]) => {
    for (const [id, name] of await resolvers[type]!(db, [...ids])) out.set(`${type}:${id}`, name);
  }));
  return out;
}
