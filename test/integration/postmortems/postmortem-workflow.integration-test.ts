// The postmortem on a real PostgreSQL: created from the template with the highlighted entries,
// sections saved with a version (of two concurrent saves exactly one wins), and the review
// workflow's rules: who may review, how many approvals each severity needs, re-opening.
import { describe, expect, it } from 'vitest';
import { POST as publishRoute } from '@/app/api/v1/incidents/[ref]/postmortem/publish/route';
import { POST as reviewRoute } from '@/app/api/v1/incidents/[ref]/postmortem/reviews/route';
import { GET, POST } from '@/app/api/v1/incidents/[ref]/postmortem/route';
import { PUT } from '@/app/api/v1/incidents/[ref]/postmortem/sections/[key]/route';
import { POST as submitRoute } from '@/app/api/v1/incidents/[ref]/postmortem/submit/route';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { reopenPostmortem } from '@/lib/postmortems/reopen-postmortem';
import { reviewPostmortem } from '@/lib/postmortems/review-postmortem';
import { submitPostmortem } from '@/lib/postmortems/submit-postmortem';
import { sectionKeys } from '@/lib/postmortems/template';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { incidentWithHighlights } from './support.ts';

const db = testDb();

const create = (a: TestActor, ref: string) => callRoute(POST, { method: 'POST', headers: a.headers, params: { ref } });
const get = (a: TestActor, ref: string) => callRoute(GET, { headers: a.headers, params: { ref } });
const save = (a: TestActor, ref: string, key: string, body: unknown) => callRoute(PUT, { method: 'PUT', headers: a.headers, params: { ref, key }, body });
const publish = (a: TestActor, ref: string) => callRoute(publishRoute, { method: 'POST', headers: a.headers, params: { ref } });

describe('creating a postmortem', () => {
  it('fills the template from the incident and its highlighted entries; one per incident', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const incident = await incidentWithHighlights(db, responder.actor);
    expect((await create(viewer, incident.reference)).status).toBe(403);
    expect((await get(viewer, incident.reference)).status).toBe(404);

    const res = await create(responder, incident.reference);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', incidentId: incident.id, severity: 'SEV2', requiredApprovals: 1, approvals: 0 });
    const byKey = Object.fromEntries(res.body.sections.map((s: { key: string; body: string }) => [s.key, s.body]));
    expect(res.body.sections.map((s: { key: string }) => s.key)).toEqual([...sectionKeys]);
    expect(byKey.summary).toBe('Checkout failed for EU customers');
    expect(byKey.impact).toContain('About 30% of orders failed');
    expect(byKey.timeline).toContain('Alert: checkout 5xx above 5%');
    expect(byKey.timeline).toContain('Rolled back release 2.3');
    expect(byKey.timeline).not.toContain('Looking at dashboards');

    expect((await create(responder, incident.reference)).status).toBe(409);
    expect((await get(viewer, incident.reference)).body.id).toBe(res.body.id);
    expect(await db.auditLog.count({ where: { entityId: res.body.id, action: 'postmortem.created' } })).toBe(1);
  });
});

describe('saving sections', () => {
  it('lets exactly one of two concurrent saves of the same version win; the other gets 409 with the current text', async () => {
    const a = await createTestActor(db, 'responder');
    const b = await createTestActor(db, 'responder');
    const incident = await incidentWithHighlights(db, a.actor);
    await create(a, incident.reference);
    const results = await Promise.all([
      save(a, incident.reference, 'lessons', { version: 1, body: 'Text by A' }),
      save(b, incident.reference, 'lessons', { version: 1, body: 'Text by B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.error.current).toMatchObject({ key: 'lessons', version: 2, body: winner?.body.body });
    const row = await db.postmortemSection.findFirstOrThrow({ where: { postmortem: { incidentId: incident.id }, key: 'lessons' } });
    expect(row).toMatchObject({ version: 2, body: winner?.body.body });
    // Another section is unaffected by that version.
    expect((await save(b, incident.reference, 'lucky', { version: 1, body: 'The spare was warm' })).status).toBe(200);
  });

  it('flags blameful wording without blocking it, and refuses unknown sections', async () => {
    const a = await createTestActor(db, 'responder');
    const incident = await incidentWithHighlights(db, a.actor);
    await create(a, incident.reference);
    const res = await save(a, incident.reference, 'went_badly', { version: 1, body: 'Human error: the on-call should have checked. 都怪配置。' });
    expect(res.status).toBe(200);
    expect(res.body.hints.map((h: { rule: string }) => h.rule)).toEqual(['humanError', 'shouldHave', 'blameZh']);
    expect((await save(a, incident.reference, 'gossip', { version: 1, body: 'x' })).status).toBe(422);
  });
});

describe('review workflow', () => {
  async function sev1() {
    const author = await createTestActor(db, 'responder');
    const [r1, r2, outsider] = await Promise.all([createTestActor(db, 'responder'), createTestActor(db, 'responder'), createTestActor(db, 'responder')]);
    const incident = await incidentWithHighlights(db, author.actor, 'SEV1');
    await createPostmortem(db, { actor: author.actor, ref: incident.reference });
    return { author, r1, r2, outsider, ref: incident.reference, incident };
  }

  it('SEV1 needs two approvals from named reviewers, never the author; requested changes block publishing', async () => {
    const { author, r1, r2, outsider, ref } = await sev1();
    const viewer = await createTestActor(db, 'viewer');

    await expect(submitPostmortem(db, { actor: author.actor, ref, input: { reviewerIds: [r1.userId] } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(submitPostmortem(db, { actor: author.actor, ref, input: { reviewerIds: [author.userId, r1.userId] } })).rejects.toMatchObject({
      code: 'invalid',
      issues: [{ path: 'reviewerIds.0' }],
    });
    expect((await publish(author, ref)).status).toBe(409); // still a draft
    const submitted = await submitPostmortem(db, { actor: author.actor, ref, input: { reviewerIds: [r1.userId, r2.userId] } });
    expect(submitted).toMatchObject({ status: 'in_review', requiredApprovals: 2 });

    await expect(reviewPostmortem(db, { actor: author.actor, ref, input: { decision: 'approve', comment: '' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reviewPostmortem(db, { actor: outsider.actor, ref, input: { decision: 'approve', comment: '' } })).rejects.toMatchObject({ code: 'forbidden' });
    // An API token is nobody: it cannot review.
    expect((await callRoute(reviewRoute, { method: 'POST', headers: r1.headers, params: { ref }, body: { decision: 'approve' } })).status).toBe(403);

    await reviewPostmortem(db, { actor: r1.actor, ref, input: { decision: 'request_changes', comment: 'Impact needs numbers' } });
    await reviewPostmortem(db, { actor: r2.actor, ref, input: { decision: 'approve', comment: '' } });
    const blocked = await publish(author, ref);
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.issues[0].code).toBe('changesRequested');

    // The author addresses the change while in review; the reviewer approves.
    expect((await save(author, ref, 'impact', { version: 1, body: '1,204 failed orders over 52 minutes' })).status).toBe(200);
    const approved = await reviewPostmortem(db, { actor: r1.actor, ref, input: { decision: 'approve', comment: 'Thanks' } });
    expect(approved.approvals).toBe(2);

    expect((await publish(viewer, ref)).status).toBe(403);
    const published = await publish(outsider, ref);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', approvals: 2 });
    expect(published.body.publishedAt).toBeTruthy();
    expect((await save(author, ref, 'lessons', { version: 1, body: 'late edit' })).status).toBe(409);

    const reopened = await reopenPostmortem(db, { actor: author.actor, ref });
    expect(reopened).toMatchObject({ status: 'draft', publishedAt: null, approvals: 0 });
    expect(reopened.reviewers.every((r) => r.decision === 'pending')).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: reopened.id, action: { startsWith: 'postmortem.' } } })).toBeGreaterThanOrEqual(7);
  });

  it('SEV2 publishes with one approval, not with none', async () => {
    const author = await createTestActor(db, 'responder');
    const reviewer = await createTestActor(db, 'responder');
    const incident = await incidentWithHighlights(db, author.actor, 'SEV2');
    await createPostmortem(db, { actor: author.actor, ref: incident.reference });
    const submit = await callRoute(submitRoute, { method: 'POST', headers: author.headers, params: { ref: incident.reference }, body: { reviewerIds: [reviewer.userId] } });
    expect(submit.status).toBe(200);
    const early = await publish(author, incident.reference);
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('needs 1 approval');
    await reviewPostmortem(db, { actor: reviewer.actor, ref: incident.reference, input: { decision: 'approve', comment: '' } });
    expect((await publish(author, incident.reference)).body.status).toBe('published');
  });

  it('SEV4 needs no approval: submitted without reviewers, it can be published', async () => {
    const author = await createTestActor(db, 'responder');
    const incident = await incidentWithHighlights(db, author.actor, 'SEV4');
    await createPostmortem(db, { actor: author.actor, ref: incident.reference });
    await submitPostmortem(db, { actor: author.actor, ref: incident.reference, input: { reviewerIds: [] } });
    const res = await publish(author, incident.reference);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', requiredApprovals: 0 });
  });
});
