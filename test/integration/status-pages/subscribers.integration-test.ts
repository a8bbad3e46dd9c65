// Subscribing to a status page: double opt-in and one-click unsubscribe through a real SMTP
// server on loopback (the notifications outbox and worker deliver), validation and rate
// limits on the public form, webhooks, and the Atom/RSS feeds read by a feed parser.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import Parser from 'rss-parser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postUpdate } from '@/app/api/v1/incidents/[ref]/stakeholder-updates/route';
import { GET as confirm } from '@/app/status/[slug]/confirm/route';
import { POST as subscribe } from '@/app/status/[slug]/subscribe/route';
import { GET as unsubscribe } from '@/app/status/[slug]/unsubscribe/route';
import { deliverDueMessages } from '@/lib/worker/deliver-due-messages';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';
import { startReceiver, testDelivery } from '../notifications/support.ts';
import { createPageViaApi, createServiceRow, readPublic, waitFor } from './support.ts';

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
const deliver = (pageId: string) => deliverDueMessages(db, testDelivery([pageId], { channel: { smtp: smtpConfig(), httpTimeoutMs: 5000, allowPrivateNetworks: true } }));

function form(slug: string, fields: Record<string, string>, ip = uniqueId('ip')) {
  return callRoute(subscribe, { method: 'POST', path: `/status/${slug}/subscribe`, params: { slug }, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip }, body: new URLSearchParams(fields).toString() });
}

function linkIn(text: string, path: string): URL {
  const m = new RegExp(`https://firebreak\\.example\\.test(/status/[^\\s]*${path}[^\\s]*)`).exec(text);
  if (!m?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(m[1], 'http://localhost');
}

async function setUp() {
  const admin = await createTestActor(db, 'admin');
  const responder = await createTestActor(db, 'responder');
  const a = await createServiceRow(db, 'Checkout');
  const b = await createServiceRow(db, 'Search');
  const slug = uniqueId('page');
  const page = await createPageViaApi(admin, { slug, title: 'Acme', titleZh: '艾克米', visibility: 'public', components: [{ service: a.slug }, { service: b.slug }] });
  return { responder, a, b, slug, pageId: page.body.id as string };
}

async function publish(responder: Awaited<ReturnType<typeof createTestActor>>, slug: string, service: string, text: string) {
  const inc = await declare(db, responder.actor, { services: [service] });
  const res = await callRoute(postUpdate, { method: 'POST', headers: responder.headers, params: { ref: inc.reference }, body: { whatIsHappening: text, whatWeAreDoing: 'Fixing', nextUpdateAt: null, statusPages: [slug], workaround: 'Use the phone line' } });
  expect(res.status).toBe(201);
  return inc;
}

describe('email subscribers', () => {
  it('double opt-in: nothing until the link is opened; then updates in the chosen language; one-click unsubscribe', async () => {
    const { responder, a, slug, pageId } = await setUp();
    const email = `${uniqueId('reader')}@example.test`;
    const res = await form(slug, { email, locale: 'zh-CN' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/status/${slug}?notice=pending&lang=zh-CN#subscribe`);

    await publish(responder, slug, a.slug, uniqueId('before confirming'));
    await deliver(pageId);
    const toReader = () => mails.filter((m) => m.to.includes(email));
    expect(toReader()).toHaveLength(1);
    const confirmation = toReader()[0]!.mail;
    expect(confirmation.subject).toBe('确认订阅 艾克米');

    const confirmed = await callRoute(confirm, { path: linkIn(confirmation.text ?? '', '/confirm').pathname + linkIn(confirmation.text ?? '', '/confirm').search, params: { slug } });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toContain('notice=confirmed');
    const reused = await callRoute(confirm, { path: linkIn(confirmation.text ?? '', '/confirm').pathname + linkIn(confirmation.text ?? '', '/confirm').search, params: { slug } });
    expect(reused.headers.get('location')).toContain('notice=confirm_failed');

    const text = uniqueId('结账变慢');
    await publish(responder, slug, a.slug, text);
    await deliver(pageId);
    expect(toReader()).toHaveLength(2);
    const update = toReader()[1]!.mail;
    expect(update.subject).toContain('[艾克米]');
    expect(update.text).toContain(text);
    expect(update.text).toContain('在此期间：Use the phone line');
    const unsubscribeUrl = linkIn(update.text ?? '', '/unsubscribe');

    const gone = await callRoute(unsubscribe, { path: unsubscribeUrl.pathname + unsubscribeUrl.search, params: { slug } });
    expect(gone.headers.get('location')).toContain('notice=unsubscribed');
    await publish(responder, slug, a.slug, uniqueId('after unsubscribing'));
    await deliver(pageId);
    expect(toReader()).toHaveLength(2);
  });

  it('a component subscriber hears only about that component', async () => {
    const { responder, a, b, slug, pageId } = await setUp();
    const email = `${uniqueId('reader')}@example.test`;
    await form(slug, { email, component: b.slug });
    await deliver(pageId);
    const confirmation = mails.find((m) => m.to.includes(email))!.mail;
    const link = linkIn(confirmation.text ?? '', '/confirm');
    await callRoute(confirm, { path: link.pathname + link.search, params: { slug } });
    await publish(responder, slug, a.slug, uniqueId('checkout only'));
    const searchText = uniqueId('search is slow');
    await publish(responder, slug, b.slug, searchText);
    await deliver(pageId);
    const got = mails.filter((m) => m.to.includes(email)).slice(1);
    expect(got).toHaveLength(1);
    expect(got[0]!.mail.text).toContain(searchText);
  });

  it('rejects a bad address and an unknown component (422 naming the field), and rate-limits a flood (429)', async () => {
    const { slug } = await setUp();
    const json = (body: unknown, ip: string) =>
      callRoute(subscribe, { method: 'POST', path: `/status/${slug}/subscribe`, params: { slug }, headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body });
    const bad = await json({ email: 'not-an-address' }, uniqueId('ip'));
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0]).toMatchObject({ path: 'email', message: 'Enter an email address such as name@example.com.' });
    const unknown = await json({ email: 'a@example.test', component: 'nope' }, uniqueId('ip'));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].path).toBe('component');
    const viaForm = await form(slug, { email: 'broken' });
    expect(viaForm.headers.get('location')).toContain('notice=invalid');

    const ip = uniqueId('ip');
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push((await json({ email: `${uniqueId('flood')}@example.test` }, ip)).status);
    expect(answers.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(answers.slice(5)).toEqual([429, 429]);
  });
});

describe('webhook subscribers and feeds', () => {
  it('posts updates to a webhook subscriber', async () => {
    const { responder, a, slug, pageId } = await setUp();
    const receiver = await startReceiver(() => ({ status: 200, body: '{}' }));
    try {
      const res = await callRoute(subscribe, { method: 'POST', path: `/status/${slug}/subscribe`, params: { slug }, headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueId('ip') }, body: { channel: 'webhook', url: `${receiver.url}/hook` } });
      expect(res.status).toBe(202);
      const text = uniqueId('checkout errors');
      await publish(responder, slug, a.slug, text);
      await deliver(pageId);
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.body).toContain(text);
    } finally {
      await receiver.close();
    }
  });

  it('Atom and RSS feeds parse and carry the public updates', async () => {
    const { responder, a, slug } = await setUp();
    const text = uniqueId('feed update');
    await publish(responder, slug, a.slug, text);
    const parser = new Parser();
    const atom = await waitFor(async () => {
      const r = await readPublic(slug, 'atom');
      return typeof r.body === 'string' && r.body.includes(text) ? r : null;
    });
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    const atomFeed = await parser.parseString(atom.body);
    expect(atomFeed.title).toBe('Acme status');
    expect(atomFeed.items[0]?.title).toContain('Investigating');
    expect(atomFeed.items[0]?.content ?? atomFeed.items[0]?.contentSnippet).toContain(text);
    const rss = await readPublic(slug, 'rss', {}, '?lang=zh-CN');
    const rssFeed = await parser.parseString(rss.body);
    expect(rssFeed.title).toBe('艾克米 状态');
    expect(rssFeed.items[0]?.title).toContain('调查中');
    expect(rssFeed.items[0]?.content).toContain('在此期间：Use the phone line');
  });
});
