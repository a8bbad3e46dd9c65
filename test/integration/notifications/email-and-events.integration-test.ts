// Email through a real SMTP server on loopback, in the recipient's language; inbox messages
// delivered on write; incident events reaching subscribers once; "Send test message".
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as testRoute } from '@/app/api/v1/subscriptions/[id]/test/route';
import { resetEnvCache } from '@/lib/config/env';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { postStakeholderUpdate } from '@/lib/incidents/post-stakeholder-update';
import { declareIncidentInput, postStakeholderUpdateInput, updateIncidentInput } from '@/lib/incidents/schemas';
import { updateIncident } from '@/lib/incidents/update-incident';
import { sendTestMessage } from '@/lib/notifications/send-test-message';
import { deliverDueMessages } from '@/lib/worker/deliver-due-messages';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { announce, createService, startReceiver, subscribe, testDelivery } from './support.ts';

const db = testDb();
const mails: { to: string[]; mail: ParsedMail }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const smtpConfig = () => ({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTls: true, from: 'Firebreak <firebreak@example.test>' });

describe('email', () => {
  it('sends each person the message in their language, with a link back and the message id', async () => {
    const service = await createService(db);
    const zh = await createTestActor(db, 'viewer', 'zh');
    const en = await createTestActor(db, 'viewer', 'en');
    await db.user.update({ where: { id: zh.userId }, data: { locale: 'zh-CN', timeZone: 'Asia/Shanghai' } });
    await subscribe(db, { serviceId: service.id, userId: zh.userId, channel: { type: 'email', address: zh.email } });
    await subscribe(db, { serviceId: service.id, userId: en.userId, channel: { type: 'email', address: en.email } });
    const title = uniqueId('令牌有效期缩短');
    const subjectId = await announce(db, service.id, { title });

    const report = await deliverDueMessages(db, testDelivery([subjectId], { channel: { smtp: smtpConfig(), httpTimeoutMs: 5000 } }));
    expect(report).toMatchObject({ claimed: 2, sent: 2 });

    const toZh = mails.find((m) => m.to.includes(zh.email))?.mail;
    const toEn = mails.find((m) => m.to.includes(en.email))?.mail;
    expect(toZh?.subject).toBe(`变更通知：${title}`);
    expect(toZh?.text).toContain('风险：高风险');
    expect(toZh?.text).toContain('(Asia/Shanghai)');
    expect(toZh?.text).toContain(`https://firebreak.example.test/changes/${subjectId}`);
    expect(toEn?.subject).toBe(`Change announced: ${title}`);
    expect(toEn?.text).toContain('Risk: High risk');
    expect(toEn?.html).toContain(`href="https://firebreak.example.test/changes/${subjectId}"`);
    const row = await db.notificationMessage.findFirstOrThrow({ where: { subjectId, recipientUserId: en.userId } });
    expect(toEn?.messageId).toBe(`<${row.id}@example.test>`);
    expect(row.receiverAnswer).toMatch(/^250/);
  });

  it('fails (and will retry) when no SMTP server is configured, saying so', async () => {
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'email', address: user.email } });
    const subjectId = await announce(db, service.id);
    await deliverDueMessages(db, testDelivery([subjectId], { channel: { smtp: null, httpTimeoutMs: 1000 } }));
    const row = await db.notificationMessage.findFirstOrThrow({ where: { subjectId } });
    expect(row.status).toBe('failed');
    expect(row.receiverAnswer).toContain('SMTP_URL');
  });
});

describe('inbox and incident events', () => {
  it('writes inbox messages as delivered, without the worker', async () => {
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'inbox' } });
    const subjectId = await announce(db, service.id);
    const row = await db.notificationMessage.findFirstOrThrow({ where: { subjectId } });
    expect(row.status).toBe('sent');
    expect(row.sentAt).not.toBeNull();
    expect((await deliverDueMessages(db, testDelivery([subjectId]))).claimed).toBe(0);
  });

  it('tells subscribers of the affected services once when an incident is declared', async () => {
    const a = await createService(db);
    const b = await createService(db);
    const user = await createTestActor(db, 'viewer');
    const other = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: a.id, userId: user.userId, channel: { type: 'inbox' }, events: ['incident_declared'] });
    await subscribe(db, { serviceId: b.id, userId: user.userId, channel: { type: 'inbox' }, events: ['incident_declared', 'incident_resolved'] });
    await subscribe(db, { serviceId: b.id, userId: other.userId, channel: { type: 'inbox' }, events: ['change_announced'] });
    const responder = await createTestActor(db, 'responder');
    const incident = await declareIncident(db, { actor: responder.actor, input: declareIncidentInput.parse({ title: uniqueId('Checkout fails'), severity: 'SEV2', services: [a.slug, b.slug] }) });

    const rows = await db.notificationMessage.findMany({ where: { subjectType: 'incident', subjectId: incident.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'incident_declared', recipientUserId: user.userId, channelType: 'inbox', status: 'sent' });
    expect(rows[0]?.payload).toMatchObject({ reference: incident.reference, severity: 'SEV2', path: `/incidents/${incident.reference}` });
  });
});

describe('incident updates and resolution', () => {
  it('tells subscribers of stakeholder updates (with the text) and of the resolution, once each', async () => {
    const service = await createService(db);
    const user = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: user.userId, channel: { type: 'inbox' }, events: ['incident_updated', 'incident_resolved'] });
    const responder = await createTestActor(db, 'responder');
    const incident = await declareIncident(db, { actor: responder.actor, input: declareIncidentInput.parse({ title: uniqueId('Login slow'), severity: 'SEV3', services: [service.slug] }) });
    await postStakeholderUpdate(db, {
      actor: responder.actor, ref: incident.reference,
      input: postStakeholderUpdateInput.parse({ whatIsHappening: 'Logins take 30 s.', whatWeAreDoing: 'Rolling back the cache change.', nextUpdateAt: null }),
    });
    const current = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { version: true } });
    await updateIncident(db, { actor: responder.actor, ref: incident.reference, input: updateIncidentInput.parse({ version: current.version, status: 'resolved' }) });

    const rows = await db.notificationMessage.findMany({ where: { subjectType: 'incident', subjectId: incident.id }, orderBy: { createdAt: 'asc' }, select: { event: true, payload: true } });
    expect(rows.map((r) => r.event)).toEqual(['incident_updated', 'incident_resolved']);
    expect(JSON.stringify(rows[0]?.payload)).toContain('Logins take 30 s.');
    expect(rows[1]?.payload).toMatchObject({ status: 'resolved', reference: incident.reference });
  });
});

describe('send test message', () => {
  it('answers what the receiver said, for whoever may delete the subscription', async () => {
    const robot = await startReceiver(() => ({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' }));
    try {
      const service = await createService(db);
      const owner = await createTestActor(db, 'viewer');
      const stranger = await createTestActor(db, 'viewer');
      const id = await subscribe(db, { serviceId: service.id, userId: owner.userId, channel: { type: 'wecom', url: `${robot.url}/cgi-bin/webhook/send?key=${uniqueId('k')}` } });

      // By default a target on loopback or a private network is refused, saying how to allow it.
      const refused = await sendTestMessage(db, { actor: owner.actor, id });
      expect(refused).toEqual({ ok: false, status: null, answer: expect.stringContaining('NOTIFY_ALLOW_PRIVATE_NETWORKS=1') });
      expect(robot.received).toHaveLength(0);
      process.env.NOTIFY_ALLOW_PRIVATE_NETWORKS = '1';
      resetEnvCache();

      const result = await sendTestMessage(db, { actor: owner.actor, id });
      expect(result).toEqual({ ok: false, status: 200, answer: '200 {"errcode":93000,"errmsg":"invalid webhook url"}' });
      const sent = JSON.parse(robot.received[0]!.body) as { markdown: { content: string } };
      expect(sent.markdown.content).toContain(service.name);

      await expect(sendTestMessage(db, { actor: stranger.actor, id })).rejects.toMatchObject({ code: 'not_found' });

      // A team subscription, through the route: responder token (same rule as DELETE).
      const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'Team' }, select: { id: true } });
      const hook = await startReceiver(() => ({ status: 202, body: 'queued' }));
      try {
        const teamSub = await subscribe(db, { serviceId: service.id, teamId: team.id, channel: { type: 'webhook', url: hook.url } });
        const viewerToken = await callRoute(testRoute, { method: 'POST', headers: stranger.headers, params: { id: teamSub } });
        expect(viewerToken.status).toBe(403);
        const responder = await createTestActor(db, 'responder');
        const ok = await callRoute(testRoute, { method: 'POST', headers: responder.headers, params: { id: teamSub } });
        expect(ok.status).toBe(200);
        expect(ok.body).toEqual({ ok: true, status: 202, answer: '202 queued' });
        expect(hook.received[0]?.headers['x-firebreak-event']).toBe('test');
      } finally {
        await hook.close();
      }
    } finally {
      delete process.env.NOTIFY_ALLOW_PRIVATE_NETWORKS;
      resetEnvCache();
      await robot.close();
    }
  });
});
