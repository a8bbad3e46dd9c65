import 'server-only';
// The optional demo data set: the CRM outage story the seeds and the tests tell, so a new
// install can be looked around before real data exists. `npm run cli -- demo:load` writes it;
// `demo:unload` removes exactly what it wrote (ids kept in the Setting ./demo-marker.ts names).
// Everything is marked "[demo]" in its name or title, and the home page says it is loaded.
//
// The story: Sales' CRM calls the order service, which calls Security's auth. Security cut the
// OAuth access token lifetime from 24 h to 1 h; the order service cached tokens for 24 h, and an
// hour later CRM showed "调用服务失败". The incident, its postmortem (published) and the known
// issue for the avoid-pitfalls guide follow. Rows are written directly in one transaction (a
// seed, not user actions: no notifications go out), then search documents are written.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma } from '../db/generated/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { reindexMissing } from '../search/reindex-missing.ts';
import { sectionKeys } from '../postmortems/template.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { DEMO_SETTING_KEY, type DemoMarker } from './demo-marker.ts';

const HOUR = 3_600_000;
const MIN = 60_000;

export interface DemoSummary {
  incidentReference: string;
  services: string[];
}

export async function loadDemoData(db: Db, { actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<DemoSummary> {
  requireRole(actor, 'admin');
  const summary = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${DEMO_SETTING_KEY}))`;
    if (await tx.setting.findUnique({ where: { key: DEMO_SETTING_KEY }, select: { key: true } })) {
      throw new AppError('conflict', 'The demo data is already loaded. Remove it first with `npm run cli -- demo:unload`.');
    }
    const taken = await tx.service.findMany({ where: { slug: { in: ['demo-crm', 'demo-order-service', 'demo-auth'] } }, select: { slug: true } });
    if (taken.length) throw new AppError('conflict', `Services named ${taken.map((s) => s.slug).join(', ')} already exist: the demo would mix with them.`);

    const team = (slug: string, name: string, description: string) => tx.team.create({ data: { slug, name, description }, select: { id: true } });
    const sales = await team('demo-sales-systems', 'Sales Systems [demo]', 'Runs the CRM the sales staff use.');
    const orders = await team('demo-orders', 'Orders [demo]', 'Runs the order service.');
    const security = await team('demo-security', 'Security [demo]', 'Runs identity and access (auth, OAuth tokens).');
    const service = (slug: string, name: string, ownerTeamId: string, tier: number, contacts: Prisma.ServiceContactCreateWithoutServiceInput[]) =>
      tx.service.create({ data: { slug, name, ownerTeamId, tier, noticePeriodHours: 24, description: '[demo]', contacts: { create: contacts } }, select: { id: true, slug: true } });
    const crm = await service('demo-crm', 'CRM [demo]', sales.id, 1, [{ position: 0, name: '王芳 (on-call)', role: 'Sales Systems on-call', phone: '+86 10 5555 0101', email: 'crm-oncall@example.com' }]);
    const orderService = await service('demo-order-service', 'Order service [demo]', orders.id, 1, [{ position: 0, name: 'Li Wei', role: 'Orders on-call', phone: '+86 10 5555 0202', email: 'orders-oncall@example.com' }]);
    const auth = await service('demo-auth', 'auth [demo]', security.id, 0, [
      { position: 0, name: 'Zhang Min', role: 'Security on-call', phone: '+86 10 5555 0303', email: 'security-oncall@example.com' },
      { position: 1, name: 'Security team lead', role: 'Escalation', email: 'security-lead@example.com' },
    ]);
    await tx.serviceDependency.createMany({ data: [{ serviceId: crm.id, dependsOnId: orderService.id }, { serviceId: orderService.id, dependsOnId: auth.id }] });

    const changeAt = new Date(now.getTime() - 3 * 24 * HOUR);
    const change = await tx.changeEvent.create({
      data: {
        serviceId: auth.id, kind: 'credential', risk: 'high', status: 'completed',
        title: 'OAuth access token lifetime 24 h → 1 h [demo]',
        description: 'Shorten the lifetime of OAuth access tokens from **24 hours** to **1 hour** (security review finding).\n\n- Clients must refresh before expiry\n- Refresh tokens are unchanged',
        expectedImpact: 'Clients that cache tokens for a fixed 24 h will get 401 invalid_token after one hour.',
        rollbackPlan: 'Set the token lifetime back to 24 h in the identity platform.',
        scheduledAt: changeAt, announcedAt: new Date(changeAt.getTime() - 2 * 24 * HOUR), startedAt: changeAt, finishedAt: new Date(changeAt.getTime() + 10 * MIN),
        noticePeriodHours: 24, shortNotice: false, announcedByLabel: 'Security [demo]',
        acknowledgements: { create: [
          { teamId: orders.id, requestedAt: new Date(changeAt.getTime() - 2 * 24 * HOUR), acknowledgedAt: new Date(changeAt.getTime() - 30 * HOUR), acknowledgedByLabel: 'Li Wei', note: 'We refresh on 401 — we think.' },
          { teamId: sales.id, requestedAt: new Date(changeAt.getTime() - 2 * 24 * HOUR) },
        ] },
      },
      select: { id: true },
    });

    const startedAt = new Date(changeAt.getTime() + HOUR + 5 * MIN);
    const declaredAt = new Date(startedAt.getTime() + 20 * MIN);
    const resolvedAt = new Date(startedAt.getTime() + 2 * HOUR);
    const incident = await tx.incident.create({
      data: {
        title: '调用服务失败 [demo]', severity: 'SEV2', status: 'resolved',
        summary: 'CRM 下单时报“调用服务失败”：订单服务调用 auth 时被拒（401 invalid_token）。',
        impact: 'Sales could not create orders in the CRM for about 2 hours.', customerFacing: false,
        startedAt, detectedAt: new Date(startedAt.getTime() + 15 * MIN), declaredAt, acknowledgedAt: new Date(declaredAt.getTime() + 3 * MIN),
        mitigatedAt: new Date(startedAt.getTime() + 90 * MIN), resolvedAt,
        services: { create: [{ serviceId: crm.id }] },
      },
      select: { id: true, number: true },
    });
    const entries: [number, string, boolean][] = [
      [15, 'Sales report “调用服务失败” when saving orders in the CRM.', true],
      [25, 'Order service logs show `401 invalid_token` from auth.', true],
      [60, 'Security confirms the OAuth token lifetime went from 24 h to 1 h an hour before the errors began.', true],
      [90, 'Restarted the order service: fresh tokens, orders go through again.', true],
      [120, 'No errors for 30 minutes. Resolved.', false],
    ];
    for (const [minutes, body, highlighted] of entries) {
      await insertEntry(tx, actor, { incident: { id: incident.id }, kind: 'note', body, highlighted, occurredAt: new Date(startedAt.getTime() + minutes * MIN) });
    }
    const factor = await tx.incidentFactor.create({
      data: { incidentId: incident.id, kind: 'trigger', category: 'credential_expiry', description: 'The OAuth access token lifetime was cut from 24 h to 1 h.', fiveWhys: ['The order service cached tokens for a fixed 24 h.', 'Nobody on Orders checked the token lifetime assumption when acknowledging.'], position: 0 },
      select: { id: true },
    });
    await tx.incidentFactor.create({ data: { incidentId: incident.id, kind: 'contributing', category: 'monitoring_gap', description: 'No alert on 401 responses from auth.', position: 1 } });
    await tx.incidentFactorChange.create({ data: { factorId: factor.id, incidentId: incident.id, changeId: change.id } });
    await tx.incidentDetection.create({ data: { incidentId: incident.id, method: 'Sales staff reported errors in the CRM.', detectedBy: 'CRM users', whyNotEarlier: 'No alert on 401 invalid_token from auth.' } });

    const bodies: Partial<Record<(typeof sectionKeys)[number], string>> = {
      summary: 'CRM 下单失败约 2 小时：auth 把 OAuth token 有效期从 24 小时缩短到 1 小时，订单服务仍按 24 小时缓存 token。',
      impact: 'Sales could not create orders in the CRM for about 2 hours.',
      resolution: 'Restarted the order service so it fetched fresh tokens.',
      lessons: '- A credential change is a change for every caller: ask them to check their caching.\n- Alert on 401s from dependencies.',
    };
    const postmortem = await tx.postmortem.create({
      data: {
        incidentId: incident.id, status: 'published', submittedAt: new Date(resolvedAt.getTime() + 24 * HOUR), publishedAt: new Date(resolvedAt.getTime() + 26 * HOUR),
        sections: { create: sectionKeys.map((key) => ({ key, body: bodies[key] ?? '', updatedBy: 'demo' })) },
      },
      select: { id: true },
    });
    await tx.actionItem.createMany({ data: [
      { incidentId: incident.id, kind: 'prevent', title: 'Refresh OAuth tokens 5 minutes before expiry instead of caching for 24 h [demo]', priority: 'P1', status: 'in_progress' },
      { incidentId: incident.id, kind: 'detect', title: 'Alert on 401 invalid_token from auth [demo]', priority: 'P2', status: 'open' },
    ] });

    const knownIssue = await tx.knownIssue.create({
      data: {
        title: 'CRM 调用服务失败：OAuth token 有效期从 24 小时缩短到 1 小时 [demo]',
        symptoms: '下单页面报错，订单服务日志大量出现“调用服务失败”，auth 返回 401 invalid_token。',
        errorSignatures: ['调用服务失败', '401 invalid_token'],
        cause: 'The identity platform cut the OAuth access token lifetime from 24 h to 1 h; the order service cached tokens for 24 h.',
        workaround: '重启 order service，或调用 /admin/token/refresh 强制刷新 token。',
        resolution: 'Refresh tokens 5 minutes before expiry instead of caching them for a fixed time.',
        tags: ['oauth', 'crm', 'demo'], ownerTeamId: orders.id,
        services: { create: [{ serviceId: crm.id }, { serviceId: orderService.id }, { serviceId: auth.id }] },
        incidents: { create: [{ incidentId: incident.id, linkedBy: 'demo' }] },
      },
      select: { id: true },
    });

    const marker: DemoMarker = {
      loadedAt: now.toISOString(), users: [], teams: [sales.id, orders.id, security.id], services: [crm.id, orderService.id, auth.id],
      incidents: [incident.id], changes: [change.id], knownIssues: [knownIssue.id],
    };
    await tx.setting.create({ data: { key: DEMO_SETTING_KEY, value: { ...marker, postmortem: postmortem.id } as unknown as Prisma.InputJsonValue } });
    return { incidentReference: formatReference(incident.number), services: [crm.slug, orderService.slug, auth.slug] };
  });
  await reindexMissing(db, { batch: 100 });
  return summary;
}

/** Removes what loadDemoData wrote; answers how many incidents, services and teams went. */
export async function unloadDemoData(db: Db, { actor }: { actor: Actor }): Promise<{ incidents: number; services: number; teams: number }> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${DEMO_SETTING_KEY}))`;
    const row = await tx.setting.findUnique({ where: { key: DEMO_SETTING_KEY }, select: { value: true } });
    if (!row) throw new AppError('not_found', 'No demo data is loaded.');
    const m = row.value as unknown as DemoMarker;
    // Incidents first (their timeline, analysis, postmortem and action items go with them),
    // then the known issues, then the services (their changes go with them), then the teams.
    const incidents = await tx.incident.deleteMany({ where: { id: { in: m.incidents } } });
    await tx.knownIssue.deleteMany({ where: { id: { in: m.knownIssues } } });
    await tx.changeEvent.deleteMany({ where: { id: { in: m.changes } } });
    const services = await tx.service.deleteMany({ where: { id: { in: m.services } } });
    const teams = await tx.team.deleteMany({ where: { id: { in: m.teams } } });
    await tx.setting.delete({ where: { key: DEMO_SETTING_KEY } });
    return { incidents: incidents.count, services: services.count, teams: teams.count };
  });
}
