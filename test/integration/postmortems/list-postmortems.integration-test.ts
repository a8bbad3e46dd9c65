// The postmortem library: published ones by default, filtered by service, severity and
// root-cause category, searched by words; and the approvals setting (admins change it).
import { describe, expect, it } from 'vitest';
import { PUT as putApprovals, GET as getApprovals } from '@/app/api/v1/postmortems/required-approvals/route';
import { GET } from '@/app/api/v1/postmortems/route';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { publishPostmortem } from '@/lib/postmortems/publish-postmortem';
import { defaultRequiredApprovals } from '@/lib/postmortems/required-approvals';
import { submitPostmortem } from '@/lib/postmortems/submit-postmortem';
import { updateSection } from '@/lib/postmortems/update-section';
import { addFactor } from '@/lib/root-causes/add-factor';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createService, declare } from '../incidents/support.ts';

const db = testDb();
const list = (a: TestActor, query: string) => callRoute(GET, { headers: a.headers, path: `/api/v1/postmortems?${query}` });

describe('GET /api/v1/postmortems', () => {
  it('lists published postmortems, filterable by service, severity, category and words', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const svc = await createService(db);
    const word = uniqueId('zebra');
    const published = await declare(db, responder.actor, { severity: 'SEV4', services: [svc.slug] });
    const draft = await declare(db, responder.actor, { severity: 'SEV4', services: [svc.slug] });
    const actor = responder.actor;
    await addFactor(db, { actor, ref: published.reference, input: { kind: 'trigger', category: 'dns', description: 'TTL too long', fiveWhys: [] } });
    await createPostmortem(db, { actor, ref: published.reference });
    await updateSection(db, { actor, ref: published.reference, key: 'lessons', input: { version: 1, body: `The ${word} lesson` } });
    await submitPostmortem(db, { actor, ref: published.reference, input: { reviewerIds: [] } });
    await publishPostmortem(db, { actor, ref: published.reference });
    await createPostmortem(db, { actor, ref: draft.reference });

    const bySvc = await list(viewer, `service=${svc.slug}`);
    expect(bySvc.status).toBe(200);
    expect(bySvc.body.items.map((p: { incidentId: string }) => p.incidentId)).toEqual([published.id]);
    expect(bySvc.body.items[0]).toMatchObject({ status: 'published', severity: 'SEV4', services: [svc.slug], categories: ['dns'] });
    const drafts = await list(viewer, `service=${svc.slug}&status=draft`);
    expect(drafts.body.items.map((p: { incidentId: string }) => p.incidentId)).toEqual([draft.id]);

    expect((await list(viewer, `service=${svc.slug}&category=dns,database`)).body.items).toHaveLength(1);
    expect((await list(viewer, `service=${svc.slug}&category=database`)).body.items).toHaveLength(0);
    expect((await list(viewer, `service=${svc.slug}&severity=SEV1`)).body.items).toHaveLength(0);
    expect((await list(viewer, `q=${word.toUpperCase()}`)).body.items.map((p: { incidentId: string }) => p.incidentId)).toEqual([published.id]);
    expect((await list(viewer, 'category=cosmic')).status).toBe(422);
  });
});

describe('/api/v1/postmortems/required-approvals', () => {
  it('is readable by everyone and changed by administrators only', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const responder = await createTestActor(db, 'responder');
    const admin = await createTestActor(db, 'admin');
    const res = await callRoute(getApprovals, { headers: viewer.headers });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    // Written back unchanged: other test files running meanwhile rely on the defaults.
    expect((await callRoute(putApprovals, { method: 'PUT', headers: responder.headers, body: defaultRequiredApprovals })).status).toBe(403);
    expect((await callRoute(putApprovals, { method: 'PUT', headers: admin.headers, body: { ...defaultRequiredApprovals, SEV1: -1 } })).status).toBe(422);
    const put = await callRoute(putApprovals, { method: 'PUT', headers: admin.headers, body: defaultRequiredApprovals });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(defaultRequiredApprovals);
  });
});
