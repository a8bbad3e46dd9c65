// "Have we seen this before?" (the declare form's suggestions and the incident page's panel)
// and the review reminders of known issues.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as similarRoute } from '@/app/api/v1/search/similar/route';
import { GET as incidentSimilarRoute } from '@/app/api/v1/incidents/[ref]/similar/route';
import { linkIncident } from '@/lib/known-issues/link-incident';
import { sendKnownIssueReviewReminders } from '@/lib/known-issues/review-reminders';
import { updateKnownIssue } from '@/lib/known-issues/update-known-issue';
import { addTimelineEntry } from '@/lib/timeline/add-timeline-entry';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createService, declare } from '../incidents/support.ts';
import { createEntry } from '../known-issues/support.ts';

const db = testDb();
let responder: TestActor;
let viewer: TestActor;
let svc: string;
let otherSvc: string;

beforeAll(async () => {
  responder = await createTestActor(db, 'responder');
  viewer = await createTestActor(db, 'viewer');
  svc = (await createService(db)).slug;
  otherSvc = (await createService(db)).slug;
});

describe('GET /api/v1/search/similar', () => {
  it('shows matching known issues with their workaround while an incident is described', async () => {
    const marker = uniqueId('smtp').replace(/-/g, '');
    const entry = await createEntry(db, responder.actor, {
      title: `邮件发送失败 ${marker}`, symptoms: 'Password reset emails never arrive', workaround: '切换到备用 SMTP 中继', services: [svc],
    });
    const past = await declare(db, responder.actor, { title: `Reset emails missing ${marker}`, services: [svc] });
    const res = await callRoute(similarRoute, { path: `/api/v1/search/similar?q=${encodeURIComponent(`${marker} 邮件发送失败 reset emails`)}&service=${svc}`, headers: viewer.headers });
    expect(res.status).toBe(200);
    expect(res.body.knownIssues[0]).toMatchObject({ id: entry.id, workaround: '切换到备用 SMTP 中继', status: 'active', services: [svc] });
    expect(res.body.incidents.map((i: { id: string }) => i.id)).toContain(past.id);
  });

  it('ranks entries about the same service higher', async () => {
    const marker = uniqueId('disk').replace(/-/g, '');
    const elsewhere = await createEntry(db, responder.actor, { title: `Disk full ${marker}`, services: [otherSvc] });
    const here = await createEntry(db, responder.actor, { title: `Disk full ${marker}`, services: [svc] });
    const ask = (service: string) => callRoute(similarRoute, { path: `/api/v1/search/similar?q=${encodeURIComponent(`disk full ${marker}`)}&service=${service}`, headers: viewer.headers });
    // Three words: entries with only some of them ("disk full" from other tests) may follow.
    expect((await ask(svc)).body.knownIssues.map((k: { id: string }) => k.id).slice(0, 2)).toEqual([here.id, elsewhere.id]);
    expect((await ask(otherSvc)).body.knownIssues.map((k: { id: string }) => k.id).slice(0, 2)).toEqual([elsewhere.id, here.id]);
  });
});

describe('GET /api/v1/incidents/{ref}/similar', () => {
  it("follows the incident's latest symptoms, and lists linked entries apart", async () => {
    const marker = uniqueId('redis').replace(/-/g, '');
    const entry = await createEntry(db, responder.actor, { title: `缓存连接超时 ${marker}`, workaround: 'Restart the sidecar', services: [svc] });
    const incident = await declare(db, responder.actor, { title: 'Checkout slow', services: [svc] });
    const ask = () => callRoute(incidentSimilarRoute, { path: `/api/v1/incidents/${incident.reference}/similar`, params: { ref: incident.reference }, headers: viewer.headers });
    expect((await ask()).body.suggestions.map((k: { id: string }) => k.id)).not.toContain(entry.id);

    await addTimelineEntry(db, { actor: responder.actor, ref: incident.reference, input: { kind: 'note', body: `Logs show 缓存连接超时 (${marker})`, highlighted: false } });
    const after = await ask();
    expect(after.status).toBe(200);
    expect(after.body.suggestions[0]).toMatchObject({ id: entry.id, workaround: 'Restart the sidecar' });
    expect(after.body.linked).toEqual([]);

    await linkIncident(db, { actor: responder.actor, id: entry.id, incident: incident.reference });
    const linked = await ask();
    expect(linked.body.linked.map((k: { id: string; workaround: string }) => [k.id, k.workaround])).toEqual([[entry.id, 'Restart the sidecar']]);
    expect(linked.body.suggestions.map((k: { id: string }) => k.id)).not.toContain(entry.id);
    expect((await callRoute(incidentSimilarRoute, { path: '/api/v1/incidents/INC-999999/similar', params: { ref: 'INC-999999' }, headers: viewer.headers })).status).toBe(404);
  });
});

describe('known issue review reminders', () => {
  it('tells the owner team once, and again only after the next review', async () => {
    const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'KB owners' }, select: { id: true } });
    const entry = await createEntry(db, responder.actor, { title: uniqueId('stale entry') });
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await db.knownIssue.update({ where: { id: entry.id }, data: { ownerTeamId: team.id, lastReviewedAt: longAgo } });
    const messages = () => db.notificationMessage.findMany({ where: { subjectType: 'known_issue', subjectId: entry.id }, orderBy: { createdAt: 'asc' } });

    const now = new Date();
    expect(await sendKnownIssueReviewReminders(db, now, 6)).toBeGreaterThanOrEqual(1);
    await sendKnownIssueReviewReminders(db, now, 6);
    const first = await messages();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ event: 'known_issue_review_due', recipientTeamId: team.id, channelType: 'inbox' });
    expect(first[0]!.payload).toEqual({ title: entry.title, lastReviewedAt: longAgo.toISOString(), linkPath: `/known-issues/${entry.id}` });

    // Reviewed now: not due again for six months.
    const current = await db.knownIssue.findUniqueOrThrow({ where: { id: entry.id }, select: { version: true } });
    await updateKnownIssue(db, { actor: responder.actor, id: entry.id, input: { version: current.version, reviewed: true } });
    await sendKnownIssueReviewReminders(db, new Date(), 6);
    expect(await messages()).toHaveLength(1);
    // Seven months later it is due again: one more reminder.
    const later = new Date(Date.now() + 7 * 31 * 24 * 3600 * 1000);
    await sendKnownIssueReviewReminders(db, later, 6);
    await sendKnownIssueReviewReminders(db, later, 6);
    expect(await messages()).toHaveLength(2);
  });
});
