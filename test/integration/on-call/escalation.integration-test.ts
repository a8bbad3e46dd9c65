// Paging and escalation on a real PostgreSQL with an injected clock: a declared SEV1 pages the
// on-call person; no acknowledgement → level 2 exactly when the wait is over; an
// acknowledgement by one-time link stops it; a used or expired link is refused; two workers
// page each person once; a page that fails every delivery attempt escalates at once.
import { describe, expect, it } from 'vitest';
import { updateIncident } from '@/lib/incidents/update-incident';
import { getIncident } from '@/lib/incidents/get-incident';
import { acknowledgePage } from '@/lib/on-call/acknowledge-page';
import { addContactMethod, setNotificationRules } from '@/lib/on-call/contact-methods';
import { listIncidentPages } from '@/lib/on-call/list-incident-pages';
import { runEscalations } from '@/lib/on-call/run-escalations';
import { redeemPageLink } from '@/lib/on-call/redeem-page-link';
import { deliverDueMessages } from '@/lib/worker/deliver-due-messages';
import { testDb } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';
import { testDelivery } from '../notifications/support.ts';
import { setUpOnCall, startFakeSmsGateway } from './support.ts';

const db = testDb();
const MIN = 60_000;

async function pageMessage(pageId: string, channelType: string) {
  return db.notificationMessage.findFirstOrThrow({ where: { subjectType: 'page', subjectId: pageId, channelType: channelType as 'inbox' } });
}

async function timelineTexts(incidentId: string) {
  const rows = await db.timelineEntry.findMany({ where: { incidentId, data: { path: ['event'], equals: 'page' } }, orderBy: [{ occurredAt: 'asc' }, { recordedAt: 'asc' }], select: { body: true } });
  return rows.map((r) => r.body);
}

describe('paging and escalation', () => {
  it('a declared SEV1 pages the on-call person; without an acknowledgement level 2 is paged when the wait is over, not before', async () => {
    const s = await setUpOnCall(db, { waitMinutes: 5 });
    const before = new Date();
    const incident = await declare(db, s.lead.actor, { severity: 'SEV1', services: [s.service.slug] });
    let pages = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    expect(pages).toEqual([expect.objectContaining({ level: 1, email: s.first.email, status: 'sent', acknowledgedAt: null })]);
    expect(new Date(pages[0]!.sentAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // The page reaches the inbox at once (with the acknowledge button) and waits for email delivery.
    expect(await pageMessage(pages[0]!.id, 'inbox')).toMatchObject({ status: 'sent', recipientUserId: s.first.userId, event: 'page' });
    expect(await pageMessage(pages[0]!.id, 'email')).toMatchObject({ status: 'pending' });

    const sentAt = new Date(pages[0]!.sentAt).getTime();
    await runEscalations(db, { now: new Date(sentAt + 4 * MIN + 59_000) });
    pages = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    expect(pages.map((p) => `${p.level}:${p.status}`)).toEqual(['1:sent']);

    await runEscalations(db, { now: new Date(sentAt + 5 * MIN) });
    pages = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    expect(pages.map((p) => `${p.level}:${p.email}:${p.status}`)).toEqual([`1:${s.first.email}:escalated`, `2:${s.second.email}:sent`]);
    const texts = await timelineTexts(incident.id);
    expect(texts[0]).toMatch(/^Paged First .* \(level 1\)/);
    expect(texts[1]).toMatch(/^Escalated to level 2: nobody acknowledged in time\. Paged Second \(level 2\) at \d\d:\d\d UTC$/);

    // Past the last level with no repeats left, paging stops and says so.
    await runEscalations(db, { now: new Date(sentAt + 10 * MIN) });
    expect((await timelineTexts(incident.id)).at(-1)).toBe('Paging stopped: nobody acknowledged after every level and repeat');
    // Running the pass again changes nothing.
    await runEscalations(db, { now: new Date(sentAt + 11 * MIN) });
    expect(await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference })).toHaveLength(2);
  });

  it('acknowledging by the one-time link stops the escalation; the link works once and not after it expires', async () => {
    const s = await setUpOnCall(db, { waitMinutes: 5 });
    const incident = await declare(db, s.lead.actor, { severity: 'SEV2', services: [s.service.slug] });
    const [page] = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    const payload = (await pageMessage(page!.id, 'email')).payload as { ackPath: string; escalatePath: string };
    const ackToken = payload.ackPath.split('/').pop()!;
    const sentAt = new Date(page!.sentAt);

    // An hour later (PAGE_LINK_TTL_MINUTES defaults to 60) the link is refused as expired.
    expect(await redeemPageLink(db, { token: ackToken, now: new Date(sentAt.getTime() + 61 * MIN) })).toMatchObject({ state: 'expired' });
    expect(await redeemPageLink(db, { token: `${ackToken.slice(0, -3)}abc`, now: sentAt })).toMatchObject({ state: 'invalid' });

    const at = new Date(sentAt.getTime() + 2 * MIN + 5000);
    expect(await redeemPageLink(db, { token: ackToken, now: at })).toEqual({ state: 'acknowledged', reference: incident.reference, title: incident.title });
    const pages = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    expect(pages).toEqual([expect.objectContaining({ status: 'acknowledged', acknowledgedAt: at.toISOString() })]);
    expect((await timelineTexts(incident.id)).at(-1)).toBe(`${page!.name} acknowledged at ${at.toISOString().slice(11, 16)} UTC, 2 min after the page`);
    // The email not yet sent is withdrawn; the incident's key time "acknowledged" is set.
    expect(await pageMessage(page!.id, 'email')).toMatchObject({ status: 'dead' });
    expect((await getIncident(db, { actor: s.lead.actor, ref: incident.reference })).acknowledgedAt).toBe(at.toISOString());

    // The same link again: refused as used. The escalate link now finds paging ended.
    expect(await redeemPageLink(db, { token: ackToken, now: at })).toMatchObject({ state: 'used', reference: incident.reference });
    expect(await redeemPageLink(db, { token: payload.escalatePath.split('/').pop()!, now: at })).toMatchObject({ state: 'ended' });
    // Level 2 is never paged.
    await runEscalations(db, { now: new Date(sentAt.getTime() + 30 * MIN) });
    expect(await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference })).toHaveLength(1);
  });

  it('two workers running the pass at the same minute page each person once', async () => {
    const s = await setUpOnCall(db, { waitMinutes: 1 });
    const incident = await declare(db, s.lead.actor, { severity: 'SEV1', services: [s.service.slug] });
    const [page] = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    const now = new Date(new Date(page!.sentAt).getTime() + MIN);
    const reports = await Promise.all([runEscalations(db, { now }), runEscalations(db, { now }), runEscalations(db, { now })]);
    expect(reports.reduce((n, r) => n + r.advanced, 0)).toBe(1);
    const pages = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    expect(pages.map((p) => `${p.level}:${p.email}`)).toEqual([`1:${s.first.email}`, `2:${s.second.email}`]);
    const level2 = pages[1]!;
    expect(await db.notificationMessage.count({ where: { subjectType: 'page', subjectId: level2.id } })).toBe(2); // inbox + email
    expect((await timelineTexts(incident.id)).filter((t) => t.startsWith('Escalated'))).toHaveLength(1);
    expect((await timelineTexts(incident.id)).filter((t) => t.includes('Paged Second'))).toHaveLength(1);
  });

  it('a page whose SMS fails every attempt escalates at once instead of waiting for the timer', async () => {
    const gateway = await startFakeSmsGateway(() => 503);
    try {
      const s = await setUpOnCall(db, { waitMinutes: 30 });
      const sms = await addContactMethod(db, { actor: s.first.actor, input: { type: 'sms', value: '+8613800138000' } });
      await setNotificationRules(db, { actor: s.first.actor, input: { rules: [{ urgency: 'high', contactMethodId: sms.id, delayMinutes: 0 }] } });
      const incident = await declare(db, s.lead.actor, { severity: 'SEV1', services: [s.service.slug] });
      const [page] = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
      let t = new Date(page!.sentAt).getTime();
      const options = () => testDelivery([page!.id], { now: () => new Date(t), retry: { maxAttempts: 3, baseMs: 1, capMs: 10 }, channel: { smtp: null, httpTimeoutMs: 5000, sms: { url: gateway.url, token: 'gw-secret', timeoutMs: 5000 } } });
      for (let i = 0; i < 3; i += 1) {
        t += 1000;
        await deliverDueMessages(db, options());
      }
      expect(gateway.received).toHaveLength(3);
      expect(gateway.received[0]).toMatchObject({ to: '+8613800138000', auth: 'Bearer gw-secret' });
      expect(gateway.received[0]!.text).toContain(incident.reference);
      expect(await pageMessage(page!.id, 'sms')).toMatchObject({ status: 'dead', attempts: 3 });

      // Ten seconds after the page, long before the 30-minute wait: level 2 is paged.
      await runEscalations(db, { now: new Date(t) });
      const pages = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
      expect(pages.map((p) => `${p.level}:${p.status}`)).toEqual(['1:escalated', '2:sent']);
      expect((await timelineTexts(incident.id)).at(-1)).toMatch(/^Escalated to level 2: the page could not be delivered\. Paged Second/);
    } finally {
      await gateway.close();
    }
  });

  it('acknowledging in the app stops it too; resolving stops everything; a SEV3 pages nobody', async () => {
    const s = await setUpOnCall(db);
    const minor = await declare(db, s.lead.actor, { severity: 'SEV3', services: [s.service.slug] });
    expect(await listIncidentPages(db, { actor: s.lead.actor, ref: minor.reference })).toEqual([]);

    const incident = await declare(db, s.lead.actor, { severity: 'SEV1', services: [s.service.slug] });
    const [page] = await listIncidentPages(db, { actor: s.lead.actor, ref: incident.reference });
    // Someone else who is only a viewer may not acknowledge for the paged person.
    await expect(acknowledgePage(db, { actor: { ...s.second.actor, role: 'viewer' }, pageId: page!.id })).rejects.toMatchObject({ code: 'forbidden' });
    const acked = await acknowledgePage(db, { actor: s.first.actor, pageId: page!.id });
    expect(acked.status).toBe('acknowledged');

    const other = await declare(db, s.lead.actor, { severity: 'SEV1', services: [s.service.slug] });
    const current = await getIncident(db, { actor: s.lead.actor, ref: other.reference });
    await updateIncident(db, { actor: s.lead.actor, ref: other.reference, input: { version: current.version, status: 'resolved' } });
    const pages = await listIncidentPages(db, { actor: s.lead.actor, ref: other.reference });
    expect(pages.map((p) => p.status)).toEqual(['cancelled']);
    expect((await timelineTexts(other.id)).at(-1)).toBe('Paging stopped: the incident is resolved');
    await runEscalations(db, { now: new Date(Date.now() + 60 * MIN) });
    expect(await listIncidentPages(db, { actor: s.lead.actor, ref: other.reference })).toHaveLength(1);
  });
});
