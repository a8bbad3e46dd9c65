// What the announce form and the change page read besides the change: the blast-radius preview
// of a service before announcing, and the active known issues of the changed service and its
// dependents ("have we seen this before?").
import { describe, expect, it } from 'vitest';
import { GET as previewRoute } from '@/app/api/v1/changes/blast-radius-preview/route';
import { announceChange } from '@/lib/changes/announce-change';
import { listRelatedKnownIssues } from '@/lib/changes/list-related-known-issues';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createChain, hoursFromNow } from './support.ts';

const db = testDb();

describe('before and around a change', () => {
  it('previews the blast radius and notice period of a service', async () => {
    const { base, middle, top } = await createChain(db, { noticePeriodHours: 48 });
    const viewer = await createTestActor(db, 'viewer');
    const res = await callRoute(previewRoute, { headers: viewer.headers, path: `/api/v1/changes/blast-radius-preview?service=${base.slug}` });
    expect(res.status).toBe(200);
    expect(res.body.service).toEqual({ slug: base.slug, name: 'Service base', noticePeriodHours: 48 });
    expect(res.body.services.map((s: { slug: string; depth: number }) => [s.slug, s.depth])).toEqual([[middle.slug, 1], [top.slug, 2]]);
    expect(res.body.teams.map((t: { slug: string }) => t.slug).sort()).toEqual([middle.teamSlug, top.teamSlug].sort());
    expect((await callRoute(previewRoute, { headers: viewer.headers, path: `/api/v1/changes/blast-radius-preview?service=${uniqueId('nope')}` })).status).toBe(404);
  });

  it('lists active known issues of the changed service and its dependents, with their workaround', async () => {
    const { base, top } = await createChain(db);
    const elsewhere = await createChain(db);
    const responder = await createTestActor(db, 'responder');
    const issue = (title: string, serviceId: string, status: 'active' | 'fixed' = 'active') =>
      db.knownIssue.create({ data: { title, workaround: `restart ${title}`, status, services: { create: [{ serviceId }] } }, select: { id: true } });
    const onTop = await issue(uniqueId('top 401'), top.id);
    const onBase = await issue(uniqueId('base token'), base.id);
    await issue(uniqueId('fixed'), base.id, 'fixed');
    await issue(uniqueId('unrelated'), elsewhere.base.id);
    const { change } = await announceChange(db, {
      actor: responder.actor,
      input: { service: base.slug, kind: 'credential', title: uniqueId('rotate'), description: '', risk: 'low', scheduledAt: hoursFromNow(48), expectedImpact: '', rollbackPlan: '', externalRef: '' },
    });
    const related = await listRelatedKnownIssues(db, { actor: responder.actor, id: change.id });
    expect(related.map((k) => k.id).sort()).toEqual([onTop.id, onBase.id].sort());
    expect(related.find((k) => k.id === onTop.id)).toMatchObject({ workaround: expect.stringMatching(/^restart /), services: [{ slug: top.slug }] });
  });
});
