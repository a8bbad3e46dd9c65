// Writing, reading and editing known issues through the REST API on a real PostgreSQL: status
// codes and bodies a client notices, and what is left in the database (rows, revisions,
// audit records, the search document).
import { describe, expect, it } from 'vitest';
import { DELETE as unlink } from '@/app/api/v1/known-issues/[id]/incidents/[ref]/route';
import { POST as link } from '@/app/api/v1/known-issues/[id]/incidents/route';
import { GET as getOne, PATCH } from '@/app/api/v1/known-issues/[id]/route';
import { GET as revisions } from '@/app/api/v1/known-issues/[id]/revisions/route';
import { PUT as putStatus } from '@/app/api/v1/known-issues/[id]/status/route';
import { GET as list, POST } from '@/app/api/v1/known-issues/route';
import { GET as search } from '@/app/api/v1/search/route';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createEntry, createService } from './support.ts';

const db = testDb();

describe('POST /api/v1/known-issues', () => {
  it('writes an entry: 201, services, author, audit, and it is searchable at once', async () => {
    const responder = await createTestActor(db, 'responder');
    const service = await createService(db);
    const marker = uniqueId('marker').replace(/-/g, '');
    const body = {
      title: `调用服务失败 ${marker}`,
      symptoms: '下单失败',
      errorSignatures: ['调用服务失败', '401 invalid_token', '401 invalid_token'],
      workaround: '重启 order-service',
      services: [service],
      tags: ['crm', 'oauth'],
    };
    const res = await callRoute(POST, { method: 'POST', headers: responder.headers, body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: body.title, status: 'active', version: 1, errorSignatures: ['调用服务失败', '401 invalid_token'],
      services: [{ slug: service, name: `Service ${service}` }], tags: ['crm', 'oauth'], author: null, incidents: [], // written through an API token: no person
    });
    expect(await db.auditLog.count({ where: { entityType: 'known_issue', entityId: res.body.id, action: 'known_issue.created' } })).toBe(1);

    const found = await callRoute(search, { path: `/api/v1/search?q=${encodeURIComponent(marker)}&type=known_issue&service=${service}`, headers: responder.headers });
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([expect.objectContaining({ type: 'known_issue', id: res.body.id, title: body.title, snippet: expect.any(String), score: expect.any(Number) })]);
  });

  it('names the person who wrote it', async () => {
    const responder = await createTestActor(db, 'responder');
    const entry = await createEntry(db, responder.actor, { title: uniqueId('authored') });
    expect(entry.author).toEqual({ userId: responder.userId, name: 'responder' });
  });

  it('refuses a viewer with 403 and writes nothing', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const title = uniqueId('viewer-write');
    const res = await callRoute(POST, { method: 'POST', headers: viewer.headers, body: { title } });
    expect(res.status).toBe(403);
    expect(await db.knownIssue.count({ where: { title } })).toBe(0);
  });

  it('answers 422 naming the title, and each unknown service by position', async () => {
    const responder = await createTestActor(db, 'responder');
    const empty = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { title: '  ' } });
    expect(empty.status).toBe(422);
    expect(empty.body.error.issues.map((i: { path: string }) => i.path)).toContain('title');
    const unknown = await callRoute(POST, { method: 'POST', headers: responder.headers, body: { title: 'x', services: [uniqueId('nope')] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].path).toBe('services.0');
  });
});

describe('GET /api/v1/known-issues', () => {
  it('filters by service, status and tag, and pages with a cursor', async () => {
    const responder = await createTestActor(db, 'responder');
    const service = await createService(db);
    const tag = uniqueId('tag');
    for (let i = 0; i < 3; i++) await createEntry(db, responder.actor, { title: `entry ${i}`, services: [service], tags: [tag] });
    await createEntry(db, responder.actor, { title: 'gone', services: [service], status: 'obsolete' });

    const first = await callRoute(list, { path: `/api/v1/known-issues?service=${service}&status=active&limit=2`, headers: responder.headers });
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: { title: string }) => i.title)).toEqual(['entry 2', 'entry 1']);
    const second = await callRoute(list, { path: `/api/v1/known-issues?service=${service}&status=active&limit=2&cursor=${first.body.nextCursor}`, headers: responder.headers });
    expect(second.body).toMatchObject({ items: [{ title: 'entry 0' }], nextCursor: null });
    const byTag = await callRoute(list, { path: `/api/v1/known-issues?tag=${tag}`, headers: responder.headers });
    expect(byTag.body.items).toHaveLength(3);
    const bad = await callRoute(list, { path: '/api/v1/known-issues?cursor=nonsense', headers: responder.headers });
    expect(bad.status).toBe(422);
  });
});

describe('PATCH /api/v1/known-issues/{id}', () => {
  it('edits with the current version: version bumped, revision kept, audit with before and after, search follows', async () => {
    const responder = await createTestActor(db, 'responder');
    const entry = await createEntry(db, responder.actor, { title: 'old title', workaround: 'wait' });
    const marker = uniqueId('newword').replace(/-/g, '');
    const res = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: entry.id }, body: { version: 1, title: `new title ${marker}`, workaround: 'restart' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, title: `new title ${marker}`, workaround: 'restart' });
    const revisions = await db.knownIssueRevision.findMany({ where: { knownIssueId: entry.id }, select: { version: true, snapshot: true } });
    expect(revisions).toEqual([{ version: 1, snapshot: expect.objectContaining({ title: 'old title', workaround: 'wait' }) }]);
    const audit = await db.auditLog.findFirst({ where: { entityId: entry.id, action: 'known_issue.updated' }, select: { before: true, after: true } });
    expect(audit?.before).toMatchObject({ title: 'old title' });
    expect(audit?.after).toMatchObject({ title: `new title ${marker}` });
    const found = await callRoute(search, { path: `/api/v1/search?q=${marker}`, headers: responder.headers });
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([entry.id]);
  });

  it('answers a stale version with 409 carrying the current entry, and changes nothing', async () => {
    const responder = await createTestActor(db, 'responder');
    const entry = await createEntry(db, responder.actor, { title: 'start' });
    await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: entry.id }, body: { version: 1, title: 'first edit' } });
    const stale = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: entry.id }, body: { version: 1, title: 'second edit' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ id: entry.id, title: 'first edit', version: 2 });
    const now = await callRoute(getOne, { headers: responder.headers, params: { id: entry.id } });
    expect(now.body).toMatchObject({ title: 'first edit', version: 2 });
  });

  it('lets exactly one of two concurrent edits of the same version win, and keeps the history', async () => {
    const responder = await createTestActor(db, 'responder');
    const entry = await createEntry(db, responder.actor, { title: 'race' });
    const results = await Promise.all(
      ['left', 'right'].map((title) => callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: entry.id }, body: { version: 1, title } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = await callRoute(revisions, { headers: responder.headers, params: { id: entry.id } });
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([expect.objectContaining({ version: 1, editedBy: expect.stringContaining('token:'), snapshot: expect.objectContaining({ title: 'race' }) })]);
  });

  it('bumps no version when nothing changes, and refuses a viewer with 403', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const entry = await createEntry(db, responder.actor, { title: 'same', tags: ['a'] });
    const same = await callRoute(PATCH, { method: 'PATCH', headers: responder.headers, params: { id: entry.id }, body: { version: 1, title: 'same', tags: ['a'] } });
    expect(same.body.version).toBe(1);
    const refused = await callRoute(PATCH, { method: 'PATCH', headers: viewer.headers, params: { id: entry.id }, body: { version: 1, title: 'viewer' } });
    expect(refused.status).toBe(403);
    expect((await db.knownIssue.findUniqueOrThrow({ where: { id: entry.id } })).title).toBe('same');
  });

  it('answers 404 for an unknown id', async () => {
    const responder = await createTestActor(db, 'responder');
    const res = await callRoute(getOne, { headers: responder.headers, params: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(res.status).toBe(404);
  });
});

describe('status and incident links', () => {
  it('marks an entry obsolete (revision and audit) and links then unlinks an incident, idempotently', async () => {
    const responder = await createTestActor(db, 'responder');
    const entry = await createEntry(db, responder.actor, { title: uniqueId('linkable') });
    const marked = await callRoute(putStatus, { method: 'PUT', headers: responder.headers, params: { id: entry.id }, body: { status: 'obsolete' } });
    expect(marked.body).toMatchObject({ status: 'obsolete', version: 2 });
    expect(await db.auditLog.count({ where: { entityId: entry.id, action: 'known_issue.status_changed' } })).toBe(1);

    const incident = await declareIncident(db, { actor: responder.actor, input: { title: 'orders failing', severity: 'SEV2', summary: '', services: [], impact: '', customerFacing: false, drill: false } });
    for (let i = 0; i < 2; i++) {
      const linked = await callRoute(link, { method: 'POST', headers: responder.headers, params: { id: entry.id }, body: { incident: incident.reference } });
      expect(linked.status).toBe(200);
      expect(linked.body.incidents).toEqual([expect.objectContaining({ id: incident.id, reference: incident.reference, title: 'orders failing' })]);
    }
    expect(await db.auditLog.count({ where: { entityId: entry.id, action: 'known_issue.incident_linked' } })).toBe(1);
    const unlinked = await callRoute(unlink, { method: 'DELETE', headers: responder.headers, params: { id: entry.id, ref: String(incident.number) } });
    expect(unlinked.body.incidents).toEqual([]);
    expect(await db.auditLog.count({ where: { entityId: entry.id, action: 'known_issue.incident_unlinked' } })).toBe(1);
  });
});

describe('GET /api/v1/search', () => {
  it('answers 422 naming q when it is missing, and lets a viewer search', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const missing = await callRoute(search, { path: '/api/v1/search', headers: viewer.headers });
    expect(missing.status).toBe(422);
    expect(missing.body.error.issues.map((i: { path: string }) => i.path)).toContain('q');
    const ok = await callRoute(search, { path: `/api/v1/search?q=${uniqueId('nothing')}`, headers: viewer.headers });
    expect(ok).toMatchObject({ status: 200, body: { items: [] } });
  });
});
