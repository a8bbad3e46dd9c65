// The review meeting record and inline section comments, through the REST API.
import { describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/v1/incidents/[ref]/postmortem/comments/[id]/route';
import { GET, POST } from '@/app/api/v1/incidents/[ref]/postmortem/comments/route';
import { PUT } from '@/app/api/v1/incidents/[ref]/postmortem/meeting/route';
import { GET as exportMd } from '@/app/api/v1/incidents/[ref]/postmortem.md/route';
import { GET as getPm } from '@/app/api/v1/incidents/[ref]/postmortem/route';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { incidentWithHighlights } from './support.ts';

const db = testDb();

async function setup() {
  const responder = await createTestActor(db, 'responder');
  const viewer = await createTestActor(db, 'viewer');
  const incident = await incidentWithHighlights(db, responder.actor);
  await createPostmortem(db, { actor: responder.actor, ref: incident.reference });
  return { responder, viewer, ref: incident.reference };
}

describe('section comments', () => {
  it('adds, lists per section, resolves; viewers read only', async () => {
    const { responder, viewer, ref } = await setup();
    const comment = (a: TestActor, body: unknown) => callRoute(POST, { method: 'POST', headers: a.headers, params: { ref }, body });
    const list = (query: string) => callRoute(GET, { headers: viewer.headers, params: { ref }, path: `/x?${query}` });

    expect((await comment(viewer, { section: 'impact', body: 'x' })).status).toBe(403);
    expect((await comment(responder, { section: 'nope', body: 'x' })).status).toBe(422);
    const first = await comment(responder, { section: 'impact', body: 'How many orders exactly?' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ section: 'impact', resolvedAt: null });
    await comment(responder, { section: 'lessons', body: 'Add the runbook link' });

    expect((await list('section=impact')).body.items.map((c: { id: string }) => c.id)).toEqual([first.body.id]);
    expect((await callRoute(getPm, { headers: viewer.headers, params: { ref } })).body.openComments).toBe(2);

    const resolved = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { ref, id: first.body.id }, body: { resolved: true } });
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolvedAt).toBeTruthy();
    expect((await list('includeResolved=false')).body.items).toHaveLength(1);
    expect((await list('')).body.items).toHaveLength(2);
  });
});

describe('review meeting', () => {
  it('is recorded with a version, shown on the postmortem and in the export', async () => {
    const { responder, viewer, ref } = await setup();
    const put = (a: TestActor, body: unknown) => callRoute(PUT, { method: 'PUT', headers: a.headers, params: { ref }, body });
    const heldAt = '2026-11-21T09:30:00.000Z';
    expect((await put(viewer, { version: 0, heldAt })).status).toBe(403);
    const first = await put(responder, { version: 0, heldAt, attendees: ['Wang Fang', 'Ada'], notes: 'Walked through the timeline' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, attendees: ['Wang Fang', 'Ada'] });
    const stale = await put(responder, { version: 0, heldAt, attendees: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 1 });
    expect((await callRoute(getPm, { headers: viewer.headers, params: { ref } })).body.meeting).toMatchObject({ heldAt, notes: 'Walked through the timeline' });
    const md = (await callRoute(exportMd, { headers: viewer.headers, params: { ref } })).body as string;
    expect(md).toContain('## Review meeting');
    expect(md).toContain('Attendees: Wang Fang, Ada');
  });
});
