// One search over known issues, incidents and published postmortems: what people type finds
// incidents and postmortems too, drafts stay hidden, facets and filters count and narrow
// correctly, suggestions answer while typing. Scoped by a fresh service per test file, because
// the test database is shared and never emptied.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as searchRoute } from '@/app/api/v1/search/route';
import { GET as suggestRoute } from '@/app/api/v1/search/suggest/route';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { publishPostmortem } from '@/lib/postmortems/publish-postmortem';
import { reopenPostmortem } from '@/lib/postmortems/reopen-postmortem';
import { submitPostmortem } from '@/lib/postmortems/submit-postmortem';
import { updateSection } from '@/lib/postmortems/update-section';
import { addFactor } from '@/lib/root-causes/add-factor';
import { reindexMissing } from '@/lib/search/reindex-missing';
import { setHighlight } from '@/lib/timeline/set-highlight';
import { addTimelineEntry } from '@/lib/timeline/add-timeline-entry';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createService, declare } from '../incidents/support.ts';
import { createEntry } from '../known-issues/support.ts';

const db = testDb();
let responder: TestActor;
let viewer: TestActor;
let svc: string;
let crmIncident: { id: string; reference: string };
let pmIncident: { id: string; reference: string };
let draftIncident: { id: string; reference: string };
let knownIssueId: string;

interface Hit { type: string; id: string; title: string; snippet: string; ref?: string; status: string }

async function find(q: string, extra = '', who: TestActor = viewer): Promise<{ status: number; items: Hit[]; facets: Record<string, Record<string, number>>; total: number }> {
  const res = await callRoute(searchRoute, { path: `/api/v1/search?q=${encodeURIComponent(q)}&service=${svc}${extra}`, headers: who.headers });
  return { status: res.status, ...res.body };
}

beforeAll(async () => {
  responder = await createTestActor(db, 'responder');
  viewer = await createTestActor(db, 'viewer');
  svc = (await createService(db)).slug;
  const actor = responder.actor;
  crmIncident = await declare(db, actor, {
    title: 'CRM 调用订单服务失败，客户无法下单',
    summary: 'Orders from the CRM fail with 401 invalid_token since the Kubernetes upgrade.',
    services: [svc],
  });
  pmIncident = await declare(db, actor, { severity: 'SEV4', title: 'Payment webhooks delayed', summary: '支付回调延迟超过十分钟', services: [svc] });
  await addFactor(db, { actor, ref: pmIncident.reference, input: { kind: 'root_cause', category: 'capacity', description: 'Queue too small', fiveWhys: [] } });
  await createPostmortem(db, { actor, ref: pmIncident.reference });
  await updateSection(db, { actor, ref: pmIncident.reference, key: 'root_causes', input: { version: 1, body: '消息队列容量不足，backlog grew during the sale.' } });
  await submitPostmortem(db, { actor, ref: pmIncident.reference, input: { reviewerIds: [] } });
  await publishPostmortem(db, { actor, ref: pmIncident.reference });
  draftIncident = await declare(db, actor, { title: 'Cache stampede on product pages', services: [svc] });
  await createPostmortem(db, { actor, ref: draftIncident.reference });
  await updateSection(db, { actor, ref: draftIncident.reference, key: 'summary', input: { version: 1, body: '热点缓存同时过期 thundering herd' } });
  knownIssueId = (await createEntry(db, actor, { title: 'CRM 调用失败: token 过期', workaround: '重新签发 token', errorSignatures: ['401 invalid_token'], services: [svc] })).id;
});

describe('GET /api/v1/search across types', () => {
  it('finds incidents in Chinese, English, mixed queries and with a typo', async () => {
    const zh = await find('订单服务');
    expect(zh.status).toBe(200);
    expect(zh.items.map((h) => h.id)).toContain(crmIncident.id);
    const en = await find('kubernetes upgrades');
    expect(en.items.map((h) => h.id)).toEqual([crmIncident.id]);
    expect(en.items[0]).toMatchObject({ type: 'incident', ref: crmIncident.reference, status: 'investigating', services: [svc] });
    expect(en.items[0]!.snippet).toContain('<mark>Kubernetes</mark>');
    // One swapped pair of letters in a title word.
    const typo = await find('webhoosk');
    expect(typo.items.map((h) => h.id)).toContain(pmIncident.id);
  });

  it('puts the known issue first for the same words ("CRM 调用失败"), then the incident', async () => {
    const mixed = await find('CRM 调用失败');
    const ids = mixed.items.map((h) => h.id);
    expect(ids[0]).toBe(knownIssueId);
    expect(ids).toContain(crmIncident.id);
    expect(mixed.items.find((h) => h.id === knownIssueId)!.type).toBe('known_issue');
  });

  it('finds a published postmortem by its sections, never a draft; reopening hides it', async () => {
    const pm = await find('消息队列 backlog');
    expect(pm.items.filter((h) => h.type === 'postmortem').map((h) => h.ref)).toEqual([pmIncident.reference]);
    expect(pm.items.find((h) => h.type === 'postmortem')!.snippet).toContain('<mark>');
    const draft = await find('thundering herd');
    expect(draft.items.filter((h) => h.type === 'postmortem')).toEqual([]);

    const other = await declare(db, responder.actor, { severity: 'SEV4', title: 'Reopened postmortem', services: [svc] });
    await createPostmortem(db, { actor: responder.actor, ref: other.reference });
    const word = uniqueId('lesson').replace(/-/g, '');
    await updateSection(db, { actor: responder.actor, ref: other.reference, key: 'lessons', input: { version: 1, body: `Learnt ${word}` } });
    await submitPostmortem(db, { actor: responder.actor, ref: other.reference, input: { reviewerIds: [] } });
    await publishPostmortem(db, { actor: responder.actor, ref: other.reference });
    expect((await find(word)).items.map((h) => h.type)).toEqual(['postmortem']);
    await reopenPostmortem(db, { actor: responder.actor, ref: other.reference });
    expect((await find(word)).items).toEqual([]);
  });

  it('counts facets over the matching set and filters by type and status', async () => {
    // "CRM" is in the known issue and the CRM incident; "支付" only in the payment incident + postmortem.
    const all = await find('CRM');
    expect(all.facets.type).toEqual({ known_issue: 1, incident: 1 });
    expect(all.facets.status).toEqual({ active: 1, investigating: 1 });
    expect(all.total).toBe(2);
    const onlyIncidents = await find('CRM', '&type=incident');
    expect(onlyIncidents.items.map((h) => h.id)).toEqual([crmIncident.id]);
    expect(onlyIncidents.total).toBe(1);
    // The type facet ignores the type filter: the other type stays visible with its count.
    expect(onlyIncidents.facets.type).toEqual({ known_issue: 1, incident: 1 });
    expect((await find('CRM', '&status=active')).items.map((h) => h.id)).toEqual([knownIssueId]);

    const pay = await find('支付');
    expect(pay.facets.type).toEqual({ incident: 1, postmortem: 1 });
    expect(pay.facets.category).toEqual({ capacity: 2 });
    expect((await find('支付', '&category=capacity')).total).toBe(2);
    expect((await find('CRM', '&category=capacity')).total).toBe(0);
    expect(pay.facets.service![svc]).toBe(2);
  });

  it('finds incidents by their highlighted timeline entries', async () => {
    const word = uniqueId('rollback').replace(/-/g, '');
    const entry = await addTimelineEntry(db, { actor: responder.actor, ref: crmIncident.reference, input: { kind: 'note', body: `Rolled back ${word}`, highlighted: false } });
    expect((await find(word)).items).toEqual([]);
    await setHighlight(db, { actor: responder.actor, ref: crmIncident.reference, entryId: entry.entry.id, highlighted: true });
    expect((await find(word)).items.map((h) => h.id)).toEqual([crmIncident.id]);
  });

  it('rejects bad input with 422', async () => {
    expect((await callRoute(searchRoute, { path: '/api/v1/search?q=x&type=cat', headers: viewer.headers })).status).toBe(422);
  });
});

describe('GET /api/v1/search/suggest', () => {
  it('suggests titles from the first letters of the last word, all types', async () => {
    const word = uniqueId('zephyr').replace(/-/g, '');
    const inc = await declare(db, responder.actor, { title: `Gateway ${word} outage`, services: [svc] });
    const res = await callRoute(suggestRoute, { path: `/api/v1/search/suggest?q=${encodeURIComponent(`gatew ${word.slice(0, 10)}`)}`, headers: viewer.headers });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([{ type: 'incident', id: inc.id, title: `Gateway ${word} outage`, ref: inc.reference }]);
    const zh = await callRoute(suggestRoute, { path: `/api/v1/search/suggest?q=${encodeURIComponent('调用订单')}&limit=20`, headers: viewer.headers });
    expect(zh.body.items.map((s: { id: string }) => s.id)).toContain(crmIncident.id);
  });
});

describe('reindexMissing', () => {
  it('indexes rows that have no search document', async () => {
    const word = uniqueId('orphan').replace(/-/g, '');
    const inc = await declare(db, responder.actor, { title: `Bulk loaded ${word}`, services: [svc] });
    await db.$executeRaw`UPDATE "Incident" SET "searchVector" = NULL, "searchText" = '' WHERE id = ${inc.id}::uuid`;
    expect((await find(word)).items).toEqual([]);
    const counts = await reindexMissing(db, { batch: 2 });
    expect(counts.incidents).toBeGreaterThanOrEqual(1);
    expect((await find(word)).items.map((h) => h.id)).toEqual([inc.id]);
    expect((await reindexMissing(db)).incidents).toBe(0);
  });
});
