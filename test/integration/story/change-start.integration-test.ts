// Starting a change is confirmed when it is early or when notified teams have not
// acknowledged, and only the announcing team (or an admin, the announcer, a token) may move
// or edit a change. The announcing team sees every team told. Real PostgreSQL, route handlers.
import { describe, expect, it } from 'vitest';
import { POST as postStatus } from '@/app/api/v1/changes/[id]/status/route';
import { POST } from '@/app/api/v1/changes/route';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { listNotificationsQuery } from '@/lib/notifications/delivery-schemas';
import { loadMessages } from '@/lib/i18n/load-messages';
import { renderMessage } from '@/lib/notifications/render-message';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { announceBody, createChain, hoursFromNow } from '../changes/support.ts';

const db = testDb();

async function announced(scheduledAt = hoursFromNow(48)) {
  const ci = await createTestActor(db, 'responder', 'ci');
  const chain = await createChain(db);
  const res = await callRoute(POST, { method: 'POST', headers: ci.headers, body: announceBody(chain.base.slug, { scheduledAt }) });
  expect(res.status).toBe(201);
  return { ci, chain, change: res.body as { id: string; version: number } };
}

const move = (headers: Record<string, string>, id: string, body: Record<string, unknown>) => callRoute(postStatus, { method: 'POST', headers, params: { id }, body });

describe('starting a change', () => {
  it('answers 409 naming the early start and the teams that have not acknowledged, changing nothing, until confirmed', async () => {
    const { ci, change } = await announced();
    const refused = await move(ci.headers, change.id, { status: 'in_progress' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', reasons: ['early_start', 'unacknowledged'], unacknowledgedTeams: [{ name: 'Team middle' }, { name: 'Team top' }] });
    expect(refused.body.error.message).toContain('confirmEarlyStart');
    expect(refused.body.error.message).toContain('Team middle, Team top');
    expect(await db.changeEvent.findUniqueOrThrow({ where: { id: change.id }, select: { status: true, version: true } })).toEqual({ status: 'scheduled', version: 1 });
    expect(await db.notificationMessage.count({ where: { subjectId: change.id, event: 'change_starting' } })).toBe(0);

    const started = await move(ci.headers, change.id, { status: 'in_progress', confirmEarlyStart: true });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'in_progress', startedEarly: true, startedUnacknowledgedTeams: ['Team middle', 'Team top'] });

    // Everyone told of the start hears it was early and who had not acknowledged.
    const message = await db.notificationMessage.findFirstOrThrow({ where: { subjectId: change.id, event: 'change_starting' }, select: { payload: true } });
    const en = renderMessage('change_starting', message.payload as Record<string, unknown>, { locale: 'en', messages: loadMessages('en'), timeZone: 'Asia/Shanghai' });
    expect(en.text).toContain('Started early: it was scheduled for');
    expect(en.text).toContain('Started before these teams acknowledged: Team middle, Team top');
    const zh = renderMessage('change_starting', message.payload as Record<string, unknown>, { locale: 'zh-CN', messages: loadMessages('zh-CN'), timeZone: 'Asia/Shanghai' });
    expect(zh.text).toContain('提前开始');
    expect(zh.text).toContain('Team middle、Team top');
  });

  it('on time, asks only about the unacknowledged teams; confirmUnacknowledged starts it; all acknowledged starts at once', async () => {
    const { ci, change, chain } = await announced();
    await db.changeEvent.update({ where: { id: change.id }, data: { scheduledAt: new Date(Date.now() - 60_000) } });
    const refused = await move(ci.headers, change.id, { status: 'in_progress', confirmEarlyStart: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error.reasons).toEqual(['unacknowledged']);
    await db.changeAcknowledgement.updateMany({ where: { changeId: change.id, teamId: chain.middle.teamId }, data: { acknowledgedAt: new Date() } });
    const again = await move(ci.headers, change.id, { status: 'in_progress' });
    expect(again.body.error.unacknowledgedTeams).toEqual([{ slug: chain.top.teamSlug, name: 'Team top' }]);
    const started = await move(ci.headers, change.id, { status: 'in_progress', confirmUnacknowledged: true });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ startedEarly: false, startedUnacknowledgedTeams: ['Team top'] });

    const other = await announced();
    await db.changeEvent.update({ where: { id: other.change.id }, data: { scheduledAt: new Date(Date.now() - 60_000) } });
    await db.changeAcknowledgement.updateMany({ where: { changeId: other.change.id }, data: { acknowledgedAt: new Date() } });
    const plain = await move(other.ci.headers, other.change.id, { status: 'in_progress' });
    expect(plain.status).toBe(200);
    expect(plain.body).toMatchObject({ startedEarly: false, startedUnacknowledgedTeams: [] });
  });
});

describe('who may move and edit a change', () => {
  it('the announcing team and admins; a responder of another team gets 403 naming the team, and the change stays', async () => {
    const { change, chain } = await announced();
    const outsider = await createTestActor(db, 'responder', 'outsider');
    await db.teamMember.create({ data: { teamId: chain.top.teamId, userId: outsider.userId } });
    const member = await createTestActor(db, 'responder', 'owner-member');
    await db.teamMember.create({ data: { teamId: chain.base.teamId, userId: member.userId } });
    const admin = await createTestActor(db, 'admin');
    const { transitionChange } = await import('@/lib/changes/transition-change');
    const { updateChange } = await import('@/lib/changes/update-change');

    await expect(transitionChange(db, { actor: outsider.actor, id: change.id, input: { status: 'cancelled' } })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Team base') });
    await expect(updateChange(db, { actor: outsider.actor, id: change.id, input: { version: 1, title: 'hijacked' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.changeEvent.findUniqueOrThrow({ where: { id: change.id }, select: { status: true, title: true } })).toMatchObject({ status: 'scheduled' });

    const edited = await updateChange(db, { actor: member.actor, id: change.id, input: { version: 1, title: 'Shorten token lifetime to 1 h' } });
    expect(edited.title).toBe('Shorten token lifetime to 1 h');
    const cancelled = await transitionChange(db, { actor: admin.actor, id: change.id, input: { status: 'cancelled' } });
    expect(cancelled.status).toBe('cancelled');
  });

  it('the announcing team sees every team told about its change, delivered or not; another team only its own', async () => {
    const { change, chain } = await announced();
    const member = await createTestActor(db, 'responder', 'announcer-team');
    await db.teamMember.create({ data: { teamId: chain.base.teamId, userId: member.userId } });
    const outsider = await createTestActor(db, 'responder', 'top-member');
    await db.teamMember.create({ data: { teamId: chain.top.teamId, userId: outsider.userId } });
    const query = listNotificationsQuery.parse({ subjectType: 'change', subjectId: change.id });

    const mine = await listNotifications(db, { actor: member.actor, input: query });
    expect(new Set(mine.items.map((i) => i.recipient.name))).toEqual(new Set(['Team middle', 'Team top']));
    const theirs = await listNotifications(db, { actor: outsider.actor, input: query });
    expect(new Set(theirs.items.map((i) => i.recipient.name))).toEqual(new Set(['Team top']));
  });
});

describe('recent changes on an open incident', () => {
  it('shows a dependency change started after the declaration as "started during", an upcoming one as "about to change", and stops looking ahead once resolved', async () => {
    const { announceChange } = await import('@/lib/changes/announce-change');
    const { declareIncident } = await import('@/lib/incidents/declare-incident');
    const { listRecentChangesForIncident } = await import('@/lib/changes/list-recent-changes-for-incident');
    const { recentChangesQuery } = await import('@/lib/changes/recent-changes-schemas');
    const chain = await createChain(db);
    const responder = await createTestActor(db, 'responder');
    const announce = async (hours: number) => (await announceChange(db, {
      actor: responder.actor,
      input: { service: chain.base.slug, kind: 'credential', title: `token lifetime ${hours}`, description: '', risk: 'high', scheduledAt: hoursFromNow(hours), expectedImpact: '', rollbackPlan: '', externalRef: '' },
    })).change;
    const incident = await declareIncident(db, {
      actor: responder.actor,
      input: { title: '调用服务失败', severity: 'SEV2', summary: '', services: [chain.top.slug], impact: '', customerFacing: false, drill: false, startedAt: new Date(Date.now() - 30 * 60_000).toISOString() },
    });
    // Announced for tomorrow, started now — after the incident was declared.
    const startedDuring = await announce(20);
    await db.changeEvent.update({ where: { id: startedDuring.id }, data: { status: 'in_progress', startedAt: new Date() } });
    const soon = await announce(2);
    const later = await announce(30);

    const open = await listRecentChangesForIncident(db, { actor: responder.actor, ref: incident.reference, input: recentChangesQuery.parse({}) });
    expect(open.window.open).toBe(true);
    expect(open.items.map((i) => [i.change.id, i.relation])).toEqual([[startedDuring.id, 'started_during'], [soon.id, 'upcoming']]);
    expect(open.items.some((i) => i.change.id === later.id)).toBe(false);

    await db.incident.update({ where: { id: incident.id }, data: { status: 'resolved', resolvedAt: new Date() } });
    const resolved = await listRecentChangesForIncident(db, { actor: responder.actor, ref: incident.reference, input: recentChangesQuery.parse({}) });
    expect(resolved.window.open).toBe(false);
    expect(resolved.items.map((i) => [i.change.id, i.relation])).toEqual([[startedDuring.id, 'started_during']]);
  });
});

describe('who to call on an incident', () => {
  it('lists the incident\'s own services first, then owners of dependencies with a change in the window or an open incident', async () => {
    const { announceChange } = await import('@/lib/changes/announce-change');
    const { declareIncident } = await import('@/lib/incidents/declare-incident');
    const { GET } = await import('@/app/api/v1/incidents/[ref]/who-to-call/route');
    const chain = await createChain(db);
    await db.serviceContact.create({ data: { serviceId: chain.base.id, name: 'Security on-call', phone: '+86 10 1234', position: 0 } });
    const responder = await createTestActor(db, 'responder');
    const declare = (service: string, title: string) => declareIncident(db, {
      actor: responder.actor,
      input: { title, severity: 'SEV2', summary: '', services: [service], impact: '', customerFacing: false, drill: false },
    });
    const incident = await declare(chain.top.slug, 'CRM calls failing');
    const quiet = await (await import('@/lib/incidents/list-who-to-call')).listWhoToCall(db, { actor: responder.actor, ref: incident.reference });
    expect(quiet.services.map((s) => s.slug)).toEqual([chain.top.slug]);
    expect(quiet.dependencies).toEqual([]);

    const { change } = await announceChange(db, {
      actor: responder.actor,
      input: { service: chain.base.slug, kind: 'credential', title: 'OAuth token lifetime 24 h → 1 h', description: '', risk: 'high', scheduledAt: hoursFromNow(1), expectedImpact: '', rollbackPlan: '', externalRef: '' },
    });
    const other = await declare(chain.middle.slug, 'order service slow');
    const viewer = await createTestActor(db, 'viewer');
    const res = await callRoute(GET, { headers: viewer.headers, params: { ref: incident.reference } });
    expect(res.status).toBe(200);
    expect(res.body.services.map((s: { slug: string }) => s.slug)).toEqual([chain.top.slug]);
    expect(res.body.dependencies).toMatchObject([
      { slug: chain.middle.slug, depth: 1, changes: [], incidents: [{ reference: other.reference }] },
      { slug: chain.base.slug, depth: 2, ownerTeam: { name: 'Team base' }, contacts: [{ name: 'Security on-call', phone: '+86 10 1234' }], changes: [{ id: change.id, title: 'OAuth token lifetime 24 h → 1 h' }], incidents: [] },
    ]);
  });
});
