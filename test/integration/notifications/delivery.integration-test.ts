// Delivery against real receivers on loopback: a webhook that fails twice, chat robots that
// verify signatures exactly as DingTalk and Feishu do, a WeCom robot's rate limit, dead
// letters and the admin retry.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { POST as retryRoute } from '@/app/api/v1/notifications/[id]/retry/route';
import { GET as listRoute } from '@/app/api/v1/notifications/route';
import { listNotificationsQuery } from '@/lib/notifications/delivery-schemas';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { deliverDueMessages } from '@/lib/worker/deliver-due-messages';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { announce, createService, fakeClock, startReceiver, subscribe, testDelivery, type Receiver } from './support.ts';

const db = testDb();
const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
}

describe('webhook delivery', () => {
  it('retries a receiver that answers 500 twice, then delivers once, signed, with a stable id', async () => {
    const hook = await receiver((_r, i) => (i < 2 ? { status: 500, body: 'upstream down' } : { status: 200, body: '{"received":true}' }));
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'webhook', url: `${hook.url}/hooks/firebreak`, secret: 'whsec-test' } });
    const subjectId = await announce(db, service.id);
    const opts = testDelivery([subjectId]);

    const first = await deliverDueMessages(db, opts);
    expect(first).toMatchObject({ claimed: 1, failed: 1 });
    const afterFirst = await db.notificationMessage.findFirstOrThrow({ where: { subjectId } });
    expect(afterFirst).toMatchObject({ status: 'failed', attempts: 1, receiverAnswer: '500 upstream down' });
    expect(afterFirst.lastError).toContain('Attempt 1 of 8');

    await deliverDueMessages(db, opts);
    await deliverDueMessages(db, opts);
    await deliverDueMessages(db, opts); // nothing left: no fourth request

    expect(hook.received).toHaveLength(3);
    const row = await db.notificationMessage.findFirstOrThrow({ where: { subjectId } });
    expect(row).toMatchObject({ status: 'sent', attempts: 3, receiverAnswer: '200 {"received":true}', lastError: null });
    for (const req of hook.received) {
      expect(req.headers['x-firebreak-message-id']).toBe(row.id);
      expect(req.headers['x-firebreak-event']).toBe('change_announced');
      expect(req.headers['x-firebreak-timestamp']).toMatch(/^\d{10}$/);
      const expected = `sha256=${createHmac('sha256', 'whsec-test').update(req.body).digest('hex')}`;
      expect(req.headers['x-firebreak-signature']).toBe(expected);
    }
    const body = JSON.parse(hook.received[2]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({ id: row.id, event: 'change_announced', link: `https://firebreak.example.test/changes/${subjectId}` });
  });

  it('marks a message dead after the last attempt; an admin retry makes it deliverable again; others get 403', async () => {
    let healthy = false;
    const hook = await receiver(() => (healthy ? { status: 204, body: '' } : { status: 503, body: 'maintenance' }));
    const service = await createService(db);
    const owner = await createTestActor(db, 'responder');
    await subscribe(db, { serviceId: service.id, userId: owner.userId, channel: { type: 'webhook', url: hook.url } });
    const subjectId = await announce(db, service.id);
    const opts = testDelivery([subjectId], { retry: { maxAttempts: 3, baseMs: 1, capMs: 1 } });
    for (let i = 0; i < 4; i++) await deliverDueMessages(db, opts);
    const dead = await db.notificationMessage.findFirstOrThrow({ where: { subjectId } });
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, receiverAnswer: '503 maintenance' });
    expect(hook.received).toHaveLength(3);

    // The owner sees it in the delivery log, with the receiver's answer.
    const log = await listNotifications(db, { actor: owner.actor, input: listNotificationsQuery.parse({ subjectType: 'change', subjectId }) });
    expect(log.items).toEqual([expect.objectContaining({ id: dead.id, status: 'dead', receiverAnswer: '503 maintenance', channel: expect.objectContaining({ type: 'webhook' }) })]);

    const refused = await callRoute(retryRoute, { method: 'POST', path: `/api/v1/notifications/${dead.id}/retry`, headers: owner.headers, params: { id: dead.id } });
    expect(refused.status).toBe(403);

    const admin = await createTestActor(db, 'admin');
    const retried = await callRoute(retryRoute, { method: 'POST', path: `/api/v1/notifications/${dead.id}/retry`, headers: admin.headers, params: { id: dead.id } });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await db.auditLog.count({ where: { entityId: dead.id, action: 'notification.retried' } })).toBe(1);

    healthy = true;
    await deliverDueMessages(db, opts);
    expect(await db.notificationMessage.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: 'sent', attempts: 1 });
    const again = await callRoute(retryRoute, { method: 'POST', path: `/api/v1/notifications/${dead.id}/retry`, headers: admin.headers, params: { id: dead.id } });
    expect(again.status).toBe(409);
  });

  it('shows a person only their own messages, an admin everyone\'s', async () => {
    const service = await createService(db);
    const hook = await receiver(() => ({ status: 200, body: '' }));
    const alice = await createTestActor(db, 'viewer', 'alice');
    const bob = await createTestActor(db, 'viewer', 'bob');
    await subscribe(db, { serviceId: service.id, userId: alice.userId, channel: { type: 'webhook', url: hook.url } });
    const subjectId = await announce(db, service.id);
    const input = listNotificationsQuery.parse({ subjectId });
    expect((await listNotifications(db, { actor: alice.actor, input })).items).toHaveLength(1);
    expect((await listNotifications(db, { actor: bob.actor, input })).items).toHaveLength(0);
    // An API token has no person: only an admin token reads the log.
    const admin = await createTestActor(db, 'admin');
    const byToken = await callRoute(listRoute, { path: `/api/v1/notifications?subjectId=${subjectId}&status=pending`, headers: admin.headers });
    expect(byToken.body.items).toEqual([expect.objectContaining({ recipient: { kind: 'user', name: 'alice' }, status: 'pending' })]);
    const bad = await callRoute(listRoute, { path: '/api/v1/notifications?status=lost', headers: bob.headers });
    expect(bad.status).toBe(422);
  });
});

describe('recipients', () => {
  it('sends nothing to a deactivated person: the message is dead, saying why', async () => {
    const hook = await receiver(() => ({ status: 200, body: '' }));
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'webhook', url: hook.url } });
    await db.user.update({ where: { id: user.userId }, data: { active: false } });
    const subjectId = await announce(db, service.id);
    await deliverDueMessages(db, testDelivery([subjectId]));
    expect(await db.notificationMessage.findFirstOrThrow({ where: { subjectId } })).toMatchObject({ status: 'dead', lastError: expect.stringContaining('deactivated') });
    expect(hook.received).toHaveLength(0);
  });
});

describe('chat robots', () => {
  it('signs DingTalk requests the way DingTalk verifies them', async () => {
    const secret = 'SECdingtalk-secret';
    const robot = await receiver((req) => {
      const url = new URL(req.url, 'http://x');
      const timestamp = url.searchParams.get('timestamp') ?? '';
      const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
      const fresh = Math.abs(Date.now() - Number(timestamp)) < 3_600_000;
      return url.searchParams.get('sign') === expected && fresh && url.searchParams.get('access_token') === 'tok'
        ? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' }
        : { status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' };
    });
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'dingtalk', url: `${robot.url}/robot/send?access_token=tok`, secret } });
    const subjectId = await announce(db, service.id);
    await deliverDueMessages(db, testDelivery([subjectId]));
    expect(await db.notificationMessage.findFirstOrThrow({ where: { subjectId } })).toMatchObject({ status: 'sent', receiverAnswer: '200 {"errcode":0,"errmsg":"ok"}' });
    const body = JSON.parse(robot.received[0]!.body) as { msgtype: string; markdown: { title: string; text: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.text).toContain(`/changes/${subjectId}`);

    // A wrong secret: HTTP 200 with an error code is a failure, and the answer is kept.
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'dingtalk', url: `${robot.url}/robot/send?access_token=tok`, secret: 'SECwrong' } });
    const second = await announce(db, service.id);
    await deliverDueMessages(db, testDelivery([second]));
    const rows = await db.notificationMessage.findMany({ where: { subjectId: second }, select: { status: true, receiverAnswer: true } });
    expect(rows.map((r) => r.status).sort()).toEqual(['failed', 'sent']);
    expect(rows.find((r) => r.status === 'failed')?.receiverAnswer).toContain('sign not match');
  });

  it('signs Feishu bodies the way Feishu verifies them', async () => {
    const secret = 'feishu-secret';
    const bot = await receiver((req) => {
      const body = JSON.parse(req.body) as { timestamp: string; sign: string; msg_type: string; content: { text: string } };
      const expected = createHmac('sha256', `${body.timestamp}\n${secret}`).update('').digest('base64');
      return body.sign === expected && body.msg_type === 'text'
        ? { status: 200, body: '{"code":0,"msg":"success"}' }
        : { status: 200, body: '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}' };
    });
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'feishu', url: `${bot.url}/open-apis/bot/v2/hook/abc`, secret } });
    const subjectId = await announce(db, service.id);
    await deliverDueMessages(db, testDelivery([subjectId]));
    expect(await db.notificationMessage.findFirstOrThrow({ where: { subjectId } })).toMatchObject({ status: 'sent', receiverAnswer: '200 {"code":0,"msg":"success"}' });
    expect((JSON.parse(bot.received[0]!.body) as { content: { text: string } }).content.text).toContain('Change announced');
  });

  it('sends at most 20 messages a minute to one WeCom robot and defers the rest', async () => {
    const robot = await receiver(() => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' }));
    const service = await createService(db);
    const subjects: string[] = [];
    const url = `${robot.url}/cgi-bin/webhook/send?key=${Date.now()}`;
    // 25 people subscribed to the same robot: 25 messages to one target.
    for (let i = 0; i < 25; i++) {
      const u = await createTestActor(db, 'viewer', `wecom${i}`);
      await subscribe(db, { serviceId: service.id, userId: u.userId, channel: { type: 'wecom', url } });
    }
    subjects.push(await announce(db, service.id));
    const clock = fakeClock(new Date(Date.now() + 1000));
    const opts = testDelivery(subjects, { now: clock.now, batchSize: 100 });

    const first = await deliverDueMessages(db, opts);
    expect(first).toMatchObject({ claimed: 25, sent: 20, deferred: 5, failed: 0 });
    expect(robot.received).toHaveLength(20);
    const waiting = await db.notificationMessage.findMany({ where: { subjectId: subjects[0], status: 'pending' }, select: { attempts: true, nextAttemptAt: true } });
    expect(waiting).toHaveLength(5);
    expect(waiting.every((w) => w.attempts === 0 && w.nextAttemptAt.getTime() > clock.now().getTime() + 59_000)).toBe(true);

    clock.advance(30_000);
    expect((await deliverDueMessages(db, opts)).claimed).toBe(0); // still inside the window
    clock.advance(31_000);
    expect(await deliverDueMessages(db, opts)).toMatchObject({ sent: 5 });
    expect(robot.received).toHaveLength(25);
  });
});
