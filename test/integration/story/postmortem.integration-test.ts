// Postmortems as the story needs them: publishing freezes every part until re-opened (action
// items stay workable), reviewers are told and find what waits for them, and the prefill is
// written for its author (language, clock), never copying what the analysis holds.
import { describe, expect, it } from 'vitest';
import { POST as addFactorRoute } from '@/app/api/v1/incidents/[ref]/factors/route';
import { POST as createRoute } from '@/app/api/v1/incidents/[ref]/postmortem/route';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { deleteActionItem } from '@/lib/action-items/delete-action-item';
import { updateActionItem } from '@/lib/action-items/update-action-item';
import { listInbox } from '@/lib/inbox/list-inbox';
import { listInboxQuery } from '@/lib/inbox/schemas';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { exportPostmortemMarkdown } from '@/lib/postmortems/export-postmortem';
import { listPostmortems } from '@/lib/postmortems/list-postmortems';
import { publishPostmortem } from '@/lib/postmortems/publish-postmortem';
import { reopenPostmortem } from '@/lib/postmortems/reopen-postmortem';
import { reviewPostmortem } from '@/lib/postmortems/review-postmortem';
import { listPostmortemsQuery } from '@/lib/postmortems/schemas';
import { setMeeting } from '@/lib/postmortems/set-meeting';
import { submitPostmortem } from '@/lib/postmortems/submit-postmortem';
import { updateSection } from '@/lib/postmortems/update-section';
import { addFactor } from '@/lib/root-causes/add-factor';
import { removeFactor } from '@/lib/root-causes/remove-factor';
import { setDetection } from '@/lib/root-causes/set-detection';
import { updateFactor } from '@/lib/root-causes/update-factor';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';

const db = testDb();

describe('a published postmortem', () => {
  it('is frozen — factors, detection, sections, meeting, deleting action items — until re-opened; action items stay workable', async () => {
    const author = await createTestActor(db, 'responder', 'author');
    const actor = author.actor;
    const incident = await declare(db, actor, { severity: 'SEV4' });
    const ref = incident.reference;
    const factor = await addFactor(db, { actor, ref, input: { kind: 'trigger', category: 'credential_expiry', description: 'Token lifetime cut to 1 h', fiveWhys: [] } });
    await createPostmortem(db, { actor, ref });
    const item = await createActionItem(db, { actor, input: { incident: ref, kind: 'prevent', title: 'Alert on token refresh failures', ownerUserId: null, dueDate: null, priority: 'P2', status: 'open', externalUrl: null } });
    await submitPostmortem(db, { actor, ref, input: { reviewerIds: [] } });
    await publishPostmortem(db, { actor, ref });
    const publishedAt = new Date();

    const frozen = { code: 'conflict', message: expect.stringContaining('Re-open the postmortem') };
    await expect(addFactor(db, { actor, ref, input: { kind: 'contributing', category: 'monitoring_gap', description: 'late', fiveWhys: [] } })).rejects.toMatchObject(frozen);
    await expect(updateFactor(db, { actor, ref, factorId: factor.id, input: { version: factor.version, description: 'edited after publishing' } })).rejects.toMatchObject(frozen);
    await expect(removeFactor(db, { actor, ref, factorId: factor.id })).rejects.toMatchObject(frozen);
    await expect(setDetection(db, { actor, ref, input: { version: 0, method: 'alert', detectedBy: 'Prometheus', whyNotEarlier: '' } })).rejects.toMatchObject(frozen);
    await expect(updateSection(db, { actor, ref, key: 'lessons', input: { version: 1, body: 'late lesson' } })).rejects.toMatchObject(frozen);
    await expect(setMeeting(db, { actor, ref, input: { version: 0, heldAt: new Date().toISOString(), attendees: [], notes: '' } })).rejects.toMatchObject(frozen);
    await expect(deleteActionItem(db, { actor, id: item.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining("won't do") });
    // Over HTTP: 409 with the JSON error body, nothing written.
    const http = await callRoute(addFactorRoute, { method: 'POST', headers: author.headers, params: { ref }, body: { kind: 'trigger', category: 'dns', description: 'x' } });
    expect(http.status).toBe(409);
    expect(http.body.error).toMatchObject({ code: 'conflict', reason: 'postmortem_published', part: 'factors' });
    expect(await db.incidentFactor.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: { startsWith: 'incident_factor.' }, entityId: factor.id, at: { gte: publishedAt } } })).toBe(0);

    // Action items are the follow-up work: still updated and completed after publishing.
    const done = await updateActionItem(db, { actor, id: item.id, input: { version: item.version, status: 'done' } });
    expect(done.status).toBe('done');
    await createActionItem(db, { actor, input: { incident: ref, kind: 'detect', title: 'Dashboard for 401s from auth', ownerUserId: null, dueDate: null, priority: 'P3', status: 'open', externalUrl: null } });

    await reopenPostmortem(db, { actor, ref });
    const edited = await updateFactor(db, { actor, ref, factorId: factor.id, input: { version: factor.version, description: 'Token lifetime cut from 24 h to 1 h' } });
    expect(edited.description).toBe('Token lifetime cut from 24 h to 1 h');
  });
});

describe('reviewers', () => {
  it('are told in their inbox when asked, and find it under "waiting for my review" until they decide', async () => {
    const author = await createTestActor(db, 'responder', 'author');
    const reviewer = await createTestActor(db, 'responder', 'reviewer');
    const bystander = await createTestActor(db, 'responder', 'bystander');
    const incident = await declare(db, author.actor, { severity: 'SEV2', title: '调用服务失败' });
    await createPostmortem(db, { actor: author.actor, ref: incident.reference });
    await submitPostmortem(db, { actor: author.actor, ref: incident.reference, input: { reviewerIds: [reviewer.userId] } });

    const inbox = await listInbox(db, { actor: reviewer.actor, input: listInboxQuery.parse({}) });
    const asked = inbox.items.find((i) => i.event === 'postmortem_review_requested');
    expect(asked).toMatchObject({ title: '调用服务失败', reason: 'review_request', path: `/incidents/${incident.reference}/postmortem` });
    expect(await db.notificationMessage.count({ where: { event: 'postmortem_review_requested', recipientUserId: reviewer.userId, channelType: 'email' } })).toBe(1);
    expect((await listInbox(db, { actor: bystander.actor, input: listInboxQuery.parse({}) })).items.some((i) => i.event === 'postmortem_review_requested' && i.title === '调用服务失败')).toBe(false);

    const waiting = (a: typeof reviewer) => listPostmortems(db, { actor: a.actor, query: listPostmortemsQuery.parse({ waitingForMyReview: 'true' }) });
    expect((await waiting(reviewer)).items.map((p) => p.incidentId)).toContain(incident.id);
    expect((await waiting(bystander)).items.map((p) => p.incidentId)).not.toContain(incident.id);
    await reviewPostmortem(db, { actor: reviewer.actor, ref: incident.reference, input: { decision: 'approve', comment: '' } });
    expect((await waiting(reviewer)).items.map((p) => p.incidentId)).not.toContain(incident.id);
  });
});

describe('the prefill and the document', () => {
  it('is written in the author\'s language and clock; root causes and detection come from the analysis, shown structured', async () => {
    const author = await createTestActor(db, 'responder', 'author');
    const incident = await declare(db, author.actor, { severity: 'SEV3', impact: 'CRM 无法下单', startedAt: '2026-11-20T02:00:00Z' });
    await db.incident.update({ where: { id: incident.id }, data: { resolvedAt: new Date('2026-11-20T03:30:00Z'), status: 'resolved' } });
    await addFactor(db, { actor: author.actor, ref: incident.reference, input: { kind: 'trigger', category: 'credential_expiry', description: 'OAuth token lifetime 24 h → 1 h', fiveWhys: [] } });
    await setDetection(db, { actor: author.actor, ref: incident.reference, input: { version: 0, method: 'Sales called', detectedBy: 'CRM users', whyNotEarlier: 'No alert on 401s' } });
    const res = await callRoute(createRoute, { method: 'POST', headers: author.headers, params: { ref: incident.reference }, path: `/x?locale=zh-CN&timeZone=Asia%2FShanghai` });
    expect(res.status).toBe(201);
    const body = (key: string) => res.body.sections.find((s: { key: string }) => s.key === key).body as string;
    expect(body('impact')).toContain('持续时间：2026/11/20 GMT+8 10:00 – 2026/11/20 GMT+8 11:30。');
    expect(body('impact')).not.toContain('UTC');
    expect(body('root_causes')).toBe('');
    expect(body('detection')).toBe('');

    const bad = await callRoute(createRoute, { method: 'POST', headers: author.headers, params: { ref: incident.reference }, path: `/x?timeZone=Mars%2FOlympus` });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('timeZone');

    const { markdown } = await exportPostmortemMarkdown(db, { actor: author.actor, ref: incident.reference });
    expect(markdown).toContain('OAuth token lifetime 24 h → 1 h');
    expect(markdown).not.toContain('credential_expiry)');
    expect(markdown).toContain('- Why not earlier: No alert on 401s');
    const actionItems = markdown.slice(markdown.indexOf('## Action items'));
    expect(actionItems).not.toContain('(empty)');
    const rootCauses = markdown.slice(markdown.indexOf('## Root causes'), markdown.indexOf('## Resolution'));
    expect(rootCauses).not.toContain('(empty)');
  });
});

describe('a stakeholder update', () => {
  it('is written in the language and clock of the author who posts it, even without a saved language', async () => {
    const { POST } = await import('@/app/api/v1/incidents/[ref]/stakeholder-updates/route');
    const author = await createTestActor(db, 'responder', 'comms');
    const incident = await declare(db, author.actor, { title: '调用服务失败 update' });
    const res = await callRoute(POST, {
      method: 'POST', headers: author.headers, params: { ref: incident.reference },
      body: { whatIsHappening: 'CRM 下单失败', whatWeAreDoing: '正在回滚', nextUpdateAt: new Date(Date.now() + 30 * 60_000).toISOString(), locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
    });
    expect(res.status).toBe(201);
    expect(res.body.entry.body).toContain('正在回滚');
    expect(res.body.entry.body).toContain('GMT+8');
    expect(res.body.entry.body).not.toMatch(/What is happening|UTC/);
  });
});
