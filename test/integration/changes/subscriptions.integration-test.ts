// Who is told about a change, over a chain of three services (top → middle → base), and the
// outbox rows the announcement writes in its own transaction.
import { describe, expect, it } from 'vitest';
import { DELETE as deleteOne } from '@/app/api/v1/subscriptions/[id]/route';
import { GET as list, POST } from '@/app/api/v1/subscriptions/route';
import { announceChange } from '@/lib/changes/announce-change';
import type { AnnounceChangeInput } from '@/lib/changes/schemas';
import type { Db } from '@/lib/db/client';
import { createSubscription } from '@/lib/subscriptions/create-subscription';
import { deleteSubscription } from '@/lib/subscriptions/delete-subscription';
import { listSubscriptions } from '@/lib/subscriptions/list-subscriptions';
import { resolveRecipients } from '@/lib/subscriptions/resolve-recipients';
import { createSubscriptionInput, listSubscriptionsQuery } from '@/lib/subscriptions/schemas';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createChain, hoursFromNow } from './support.ts';

const db = testDb();

const announceInput = (service: string): AnnounceChangeInput => ({
  service, kind: 'credential', title: uniqueId('token lifetime'), description: '', risk: 'high', scheduledAt: hoursFromNow(48),
  expectedImpact: '', rollbackPlan: '', externalRef: '',
});

describe('POST/GET/DELETE /api/v1/subscriptions', () => {
  it('lets a viewer subscribe themselves, never returns the target whole, and unsubscribe', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const { base } = await createChain(db);
    const url = 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef';
    const input = createSubscriptionInput.parse({
      service: base.slug, includeDependencies: true, events: ['change_announced', 'incident_declared', 'change_announced'], channel: { type: 'dingtalk', url, secret: 'SECtopsecret' },
    });
    const created = await createSubscription(db, { actor: viewer.actor, input });
    expect(created).toMatchObject({
      subscriber: { kind: 'user', userId: viewer.userId }, service: { slug: base.slug }, includeDependencies: true,
      events: ['change_announced', 'incident_declared'], channel: { type: 'dingtalk', url: 'https://oapi.dingtalk.com/…cdef', hasSecret: true },
    });
    expect(JSON.stringify(created)).not.toMatch(/0123456789|SECtopsecret/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: 'subscription.created' } });
    expect(JSON.stringify(audit.after)).not.toMatch(/0123456789|SECtopsecret/);
    const stored = await db.subscription.findUniqueOrThrow({ where: { id: created.id }, select: { channelConfig: true } });
    expect(stored.channelConfig).toEqual({ url, secret: 'SECtopsecret' });

    const mine = await listSubscriptions(db, { actor: viewer.actor, input: listSubscriptionsQuery.parse({ mine: 'true' }) });
    expect(mine.items.map((s) => s.id)).toEqual([created.id]);

    const other = await createTestActor(db, 'viewer');
    await expect(deleteSubscription(db, { actor: other.actor, id: created.id })).rejects.toMatchObject({ code: 'not_found' });
    const theirs = await listSubscriptions(db, { actor: other.actor, input: listSubscriptionsQuery.parse({ service: base.slug }) });
    expect(theirs.items).toEqual([]);
    await deleteSubscription(db, { actor: viewer.actor, id: created.id });
    expect(await db.subscription.count({ where: { id: created.id } })).toBe(0);
  });

  it('says in the list which subscriptions the reader may manage, as the server decides', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const { base } = await createChain(db);
    const teamSub = await createSubscription(db, { actor: responder.actor, input: createSubscriptionInput.parse({ service: base.slug, team: base.teamSlug, events: ['change_announced'], channel: { type: 'inbox' } }) });
    const own = await createSubscription(db, { actor: viewer.actor, input: createSubscriptionInput.parse({ service: base.slug, events: ['change_announced'], channel: { type: 'inbox' } }) });
    const seen = async (actor: typeof viewer) => Object.fromEntries(
      (await listSubscriptions(db, { actor: actor.actor, input: listSubscriptionsQuery.parse({ service: base.slug }) })).items.map((s) => [s.id, s.canManage]),
    );
    expect(await seen(viewer)).toEqual({ [teamSub.id]: false, [own.id]: true });
    expect(await seen(responder)).toEqual({ [teamSub.id]: true });
    // The flag is the rule itself: what it says false to, the server refuses.
    await expect(deleteSubscription(db, { actor: viewer.actor, id: teamSub.id })).rejects.toMatchObject({ code: 'forbidden' });
    const res = await callRoute(list, { headers: viewer.headers, path: `/api/v1/subscriptions?service=${base.slug}` });
    expect(res.body.items.find((s: { id: string }) => s.id === teamSub.id)).toMatchObject({ canManage: false });
  });

  it('asks an API token to name the team it subscribes', async () => {
    const ci = await createTestActor(db, 'responder');
    const { base } = await createChain(db);
    const res = await callRoute(POST, { method: 'POST', headers: ci.headers, body: { service: base.slug, events: ['change_announced'], channel: { type: 'inbox' } } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['team']);
  });

  it('needs the responder role to subscribe a team, and a team when called with a token alone', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const { base } = await createChain(db);
    const body = { service: base.slug, team: base.teamSlug, events: ['change_announced'], channel: { type: 'slack', url: 'https://hooks.slack.test/services/T0/B0/xyz' } };
    const refused = await callRoute(POST, { method: 'POST', headers: viewer.headers, body });
    expect(refused.status).toBe(403);
    expect(await db.subscription.count({ where: { serviceId: base.id } })).toBe(0);

    const responder = await createTestActor(db, 'responder');
    const ok = await callRoute(POST, { method: 'POST', headers: responder.headers, body });
    expect(ok.status).toBe(201);
    expect(ok.body.subscriber).toEqual({ kind: 'team', slug: base.teamSlug, name: 'Team base' });
    expect(ok.body.channel).toEqual({ type: 'slack', url: 'https://hooks.slack.test/…/xyz', hasSecret: false });
    const listed = await callRoute(list, { headers: viewer.headers, path: `/api/v1/subscriptions?team=${base.teamSlug}` });
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([ok.body.id]);
    expect((await callRoute(deleteOne, { method: 'DELETE', headers: viewer.headers, params: { id: ok.body.id } })).status).toBe(403);
    expect((await callRoute(deleteOne, { method: 'DELETE', headers: responder.headers, params: { id: ok.body.id } })).status).toBe(204);

    const unknown = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { ...body, service: 'nope', team: 'nope-team' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['service', 'team']);
    const badChannel = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { ...body, channel: { type: 'feishu', url: 'https://open.feishu.test/hook/1' } } });
    expect(badChannel.status).toBe(422);
    expect(badChannel.body.error.issues[0].path).toBe('channel.secret');
  });
});

async function subscribe(d: Db, data: { userId?: string; teamId?: string; serviceId: string; includeDependencies?: boolean; events: string[]; channelType?: string; channelConfig?: object }) {
  return d.subscription.create({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- enum strings from the test table
    data: { channelType: 'webhook', channelConfig: { url: `https://hook.test/${uniqueId('h')}` }, createdByLabel: 'test', ...data } as any,
    select: { id: true },
  });
}

describe('resolveRecipients over top → middle → base', () => {
  it('tells direct subscribers, dependents\' subscribers with includeDependencies, and dependents\' owner teams unless opted out', async () => {
    const { top, middle, base } = await createChain(db);
    const alice = await createTestActor(db, 'viewer', 'alice');
    const bob = await createTestActor(db, 'viewer', 'bob');
    const carol = await createTestActor(db, 'viewer', 'carol');
    const direct = await subscribe(db, { userId: alice.userId, serviceId: base.id, events: ['change_announced'], channelType: 'email', channelConfig: { address: 'alice@example.test' } });
    const transitive = await subscribe(db, { userId: bob.userId, serviceId: top.id, includeDependencies: true, events: ['change_announced'] });
    await subscribe(db, { userId: carol.userId, serviceId: top.id, includeDependencies: false, events: ['change_announced'] }); // top only
    await subscribe(db, { userId: carol.userId, serviceId: base.id, events: ['incident_declared'] }); // another event

    const recipients = await resolveRecipients(db, { serviceId: base.id, event: 'change_announced' });
    expect(recipients).toEqual(expect.arrayContaining([
      { userId: alice.userId, teamId: null, channelType: 'email', subscriptionId: direct.id, reason: 'subscribed', viaServiceId: base.id },
      { userId: bob.userId, teamId: null, channelType: 'webhook', subscriptionId: transitive.id, reason: 'dependency', viaServiceId: top.id },
      { userId: null, teamId: middle.teamId, channelType: 'inbox', subscriptionId: null, reason: 'owner_of_dependent', viaServiceId: middle.id },
      { userId: null, teamId: top.teamId, channelType: 'inbox', subscriptionId: null, reason: 'owner_of_dependent', viaServiceId: top.id },
    ]));
    expect(recipients).toHaveLength(4); // not carol; not base's own team

    await db.autoSubscriptionOptOut.create({ data: { teamId: top.teamId, serviceId: base.id } });
    const afterOptOut = await resolveRecipients(db, { serviceId: base.id, event: 'change_announced' });
    expect(afterOptOut.map((r) => r.teamId).filter(Boolean)).toEqual([middle.teamId]);
    // Incident news is not automatic: only subscribers hear it.
    const incident = await resolveRecipients(db, { serviceId: base.id, event: 'incident_declared' });
    expect(incident.map((r) => r.userId)).toEqual([carol.userId]);
  });

  it('tells a team once per channel target, even when subscribed and automatic', async () => {
    const { middle, base } = await createChain(db);
    await subscribe(db, { teamId: middle.teamId, serviceId: base.id, events: ['change_announced'], channelType: 'inbox', channelConfig: {} });
    await subscribe(db, { teamId: middle.teamId, serviceId: middle.id, includeDependencies: true, events: ['change_announced'], channelType: 'inbox', channelConfig: {} });
    const recipients = await resolveRecipients(db, { serviceId: base.id, event: 'change_announced' });
    const middleTeam = recipients.filter((r) => r.teamId === middle.teamId);
    expect(middleTeam).toHaveLength(1);
    expect(middleTeam[0]?.reason).toBe('subscribed');
  });
});

describe('the outbox', () => {
  it('holds one message per recipient, written with the announcement (inbox ones delivered at once)', async () => {
    const responder = await createTestActor(db, 'responder');
    const { top, middle, base } = await createChain(db);
    const alice = await createTestActor(db, 'viewer', 'alice');
    await subscribe(db, { userId: alice.userId, serviceId: top.id, includeDependencies: true, events: ['change_announced', 'change_starting'] });
    const { change } = await announceChange(db, { actor: responder.actor, input: announceInput(base.slug) });
    const messages = await db.notificationMessage.findMany({ where: { subjectType: 'change', subjectId: change.id }, select: { event: true, status: true, attempts: true, recipientUserId: true, recipientTeamId: true, channelType: true, payload: true } });
    expect(messages).toHaveLength(3);
    // Inbox messages need no sending: they are delivered (sent) when written.
    expect(messages.every((m) => m.event === 'change_announced' && m.status === (m.channelType === 'inbox' ? 'sent' : 'pending') && m.attempts === 0)).toBe(true);
    expect(messages.filter((m) => m.channelType === 'inbox')).toHaveLength(2);
    expect(messages.map((m) => m.recipientUserId ?? m.recipientTeamId).sort()).toEqual([alice.userId, middle.teamId, top.teamId].sort());
    expect(messages.find((m) => m.recipientUserId === alice.userId)?.payload).toMatchObject({ changeId: change.id, title: change.title, path: `/changes/${change.id}`, service: { slug: base.slug } });
  });

  it('holds nothing when the announcement\'s transaction fails', async () => {
    const responder = await createTestActor(db, 'responder');
    const { base } = await createChain(db);
    let seenInside = 0;
    let changeId = '';
    // A client whose transactions write everything and then fail, as a crash before commit would.
    const failing = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== '$transaction') return Reflect.get(target, prop, receiver) as unknown;
        return (fn: (tx: unknown) => Promise<{ change: { id: string } }>) =>
          target.$transaction(async (tx) => {
            const result = await fn(tx);
            changeId = result.change.id;
            seenInside = await tx.notificationMessage.count({ where: { subjectId: changeId } });
            throw new Error('crash before commit');
          });
      },
    });
    const input = announceInput(base.slug);
    await expect(announceChange(failing, { actor: responder.actor, input })).rejects.toThrow('crash before commit');
    expect(seenInside).toBe(2);
    expect(await db.changeEvent.count({ where: { title: input.title } })).toBe(0);
    expect(await db.notificationMessage.count({ where: { subjectId: changeId } })).toBe(0);
  });

  it('tells subscribers when a change starts, completes, or is called off', async () => {
    const responder = await createTestActor(db, 'responder');
    const { middle, base } = await createChain(db);
    const { transitionChange } = await import('@/lib/changes/transition-change');
    const { change } = await announceChange(db, { actor: responder.actor, input: announceInput(base.slug) });
    await transitionChange(db, { actor: responder.actor, id: change.id, input: { status: 'in_progress', confirmEarlyStart: true } });
    await transitionChange(db, { actor: responder.actor, id: change.id, input: { status: 'rolled_back' } });
    const events = await db.notificationMessage.findMany({ where: { subjectId: change.id, recipientTeamId: middle.teamId }, orderBy: { createdAt: 'asc' }, select: { event: true, payload: true } });
    expect(events.map((e) => e.event)).toEqual(['change_announced', 'change_starting', 'change_completed']);
    expect(events[2]?.payload).toMatchObject({ status: 'rolled_back' });
  });
});
