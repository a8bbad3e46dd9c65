// The home page's domain query and the demo data set, on a real PostgreSQL.
import { describe, expect, it } from 'vitest';
import { GET as homeRoute } from '@/app/api/v1/home/route';
import { systemActor } from '@/lib/auth/actor';
import { announceChange } from '@/lib/changes/announce-change';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { submitPostmortem } from '@/lib/postmortems/submit-postmortem';
import { getHome } from '@/lib/home/get-home';
import { loadDemoData, unloadDemoData } from '@/lib/home/demo-data';
import { searchQuery } from '@/lib/search/schemas';
import { search } from '@/lib/search/search';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { createChain, hoursFromNow } from '../changes/support.ts';
import { declare } from '../incidents/support.ts';

const db = testDb();

describe('home', () => {
  it('puts my incidents first and lists the acknowledgements, reviews, overdue items and upcoming changes that are mine', async () => {
    const chain = await createChain(db);
    const me = await createTestActor(db, 'responder', 'me');
    await db.teamMember.create({ data: { teamId: chain.top.teamId, userId: me.userId } });
    const other = await createTestActor(db, 'responder', 'other');

    const notMine = await declare(db, other.actor, { severity: 'SEV1', title: 'somebody else’s outage' });
    const mine = await declare(db, other.actor, { severity: 'SEV3', title: 'top is slow', services: [chain.top.slug] });
    const { change } = await announceChange(db, {
      actor: other.actor,
      input: { service: chain.base.slug, kind: 'credential', title: 'token lifetime 24 h → 1 h', description: '', risk: 'high', scheduledAt: hoursFromNow(30), expectedImpact: '', rollbackPlan: '', externalRef: '' },
    });
    const reviewed = await declare(db, other.actor, { severity: 'SEV2', title: 'to review' });
    await createPostmortem(db, { actor: other.actor, ref: reviewed.reference });
    await submitPostmortem(db, { actor: other.actor, ref: reviewed.reference, input: { reviewerIds: [me.userId] } });
    const overdue = await db.actionItem.create({ data: { incidentId: reviewed.id, kind: 'prevent', title: 'refresh tokens early', ownerUserId: me.userId, dueDate: new Date(Date.now() - 3 * 86_400_000) }, select: { id: true } });

    const home = await getHome(db, { actor: me.actor });
    const refs = home.incidents.map((i) => i.reference);
    expect(home.incidents.find((i) => i.reference === mine.reference)?.mine).toBe(true);
    expect(refs.indexOf(mine.reference)).toBeLessThan(refs.indexOf(notMine.reference) === -1 ? Infinity : refs.indexOf(notMine.reference));
    const firstOther = home.incidents.findIndex((i) => !i.mine);
    expect(home.incidents.slice(firstOther === -1 ? home.incidents.length : firstOther).every((i) => !i.mine)).toBe(true);
    expect(home.acknowledgementsOwed).toEqual([expect.objectContaining({ id: change.id, team: { slug: chain.top.teamSlug, name: 'Team top' } })]);
    expect(home.reviewsWaiting.map((r) => r.reference)).toEqual([reviewed.reference]);
    expect(home.overdueActionItems.map((a) => a.id)).toEqual([overdue.id]);
    expect(home.upcomingChanges).toEqual([expect.objectContaining({ id: change.id, depth: 2 })]);

    // The other person owes none of it.
    const theirs = await getHome(db, { actor: other.actor });
    expect(theirs.reviewsWaiting).toEqual([]);
    expect(theirs.acknowledgementsOwed).toEqual([]);

    const viewer = await createTestActor(db, 'viewer');
    const res = await callRoute(homeRoute, { headers: viewer.headers });
    expect(res.status).toBe(200);
    expect(res.body.setup.teams).toBeGreaterThan(0);
  });
});

describe('the demo data set', () => {
  it('loads the CRM story once, clearly marked and findable, and unloads exactly it', async () => {
    const admin = systemActor('cli');
    if ((await db.setting.findUnique({ where: { key: 'demo.dataset' } })) !== null) await unloadDemoData(db, { actor: admin });
    const responder = await createTestActor(db, 'responder');
    await expect(loadDemoData(db, { actor: responder.actor })).rejects.toMatchObject({ code: 'forbidden' });

    const teamsBefore = await db.team.count();
    const loaded = await loadDemoData(db, { actor: admin });
    expect(loaded.services).toEqual(['demo-crm', 'demo-order-service', 'demo-auth']);
    await expect(loadDemoData(db, { actor: admin })).rejects.toMatchObject({ code: 'conflict' });
    expect((await getHome(db, { actor: responder.actor })).setup.demoLoaded).toBe(true);

    const incident = await db.incident.findFirstOrThrow({ where: { title: '调用服务失败 [demo]' }, select: { id: true, postmortem: { select: { status: true } }, factors: { select: { changeLink: { select: { changeId: true } } } } } });
    expect(incident.postmortem?.status).toBe('published');
    expect(incident.factors.some((f) => f.changeLink !== null)).toBe(true);
    const found = await search(db, { actor: responder.actor, input: searchQuery.parse({ q: '调用服务失败 demo', service: 'demo-auth' }) });
    expect(JSON.stringify(found)).toContain('[demo]');

    const removed = await unloadDemoData(db, { actor: admin });
    expect(removed).toEqual({ incidents: 1, services: 3, teams: 3 });
    expect(await db.team.count()).toBe(teamsBefore);
    expect(await db.service.count({ where: { slug: { startsWith: 'demo-' } } })).toBe(0);
    expect(await db.knownIssue.count({ where: { title: { endsWith: '[demo]' } } })).toBe(0);
    await expect(unloadDemoData(db, { actor: admin })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the audit log', () => {
  it('names the entities it lists (incident reference and title, team name) and links their pages', async () => {
    const { listAuditEntries } = await import('@/lib/audit/list-audit-entries');
    const { listAuditQuery } = await import('@/lib/audit/schemas');
    const admin = await createTestActor(db, 'admin');
    const incident = await declare(db, admin.actor, { title: '调用服务失败 audit' });
    const page = await listAuditEntries(db, { actor: admin.actor, input: listAuditQuery.parse({ entityType: 'incident', entityId: incident.id }) });
    expect(page.items[0]?.entity).toEqual({ name: `${incident.reference} 调用服务失败 audit`, href: `/incidents/${incident.reference}` });
  });
});
