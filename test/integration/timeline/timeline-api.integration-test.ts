// The timeline through the REST API on a real PostgreSQL: posting (with idempotent retries,
// also concurrent ones), ordering by when things happened, editing with history, highlighting,
// soft deletion with a reason, and catching up after a dropped connection.
import { describe, expect, it } from 'vitest';
import { DELETE, PATCH } from '@/app/api/v1/incidents/[ref]/timeline/[entryId]/route';
import { GET as history } from '@/app/api/v1/incidents/[ref]/timeline/[entryId]/history/route';
import { GET, POST } from '@/app/api/v1/incidents/[ref]/timeline/route';
import { insertEntry } from '@/lib/timeline/insert-entry';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';

const db = testDb();

const post = (actor: TestActor, ref: string, body: unknown, headers: Record<string, string> = {}) =>
  callRoute(POST, { method: 'POST', headers: { ...actor.headers, ...headers }, params: { ref }, body });
const listOf = (actor: TestActor, ref: string, query = '') => callRoute(GET, { headers: actor.headers, params: { ref }, path: `/api/v1/incidents/${ref}/timeline${query}` });
const edit = (actor: TestActor, ref: string, entryId: string, body: unknown) => callRoute(PATCH, { method: 'PATCH', headers: actor.headers, params: { ref, entryId }, body });
const remove = (actor: TestActor, ref: string, entryId: string, body: unknown) => callRoute(DELETE, { method: 'DELETE', headers: actor.headers, params: { ref, entryId }, body });

async function setup() {
  const responder = await createTestActor(db, 'responder');
  const viewer = await createTestActor(db, 'viewer');
  const incident = await declare(db, responder.actor);
  return { responder, viewer, incident, ref: incident.reference };
}

describe('POST /api/v1/incidents/{ref}/timeline', () => {
  it('adds a note: 201, both times, rendered Markdown without scripts', async () => {
    const { responder, ref, incident } = await setup();
    const res = await post(responder, ref, { kind: 'note', body: 'Rolled back **v2** <script>alert(1)</script> [x](javascript:alert(1))' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ incidentId: incident.id, kind: 'note', deleted: false, highlighted: false, version: 1, author: { label: expect.stringContaining('token:') } });
    expect(res.body.bodyHtml).toContain('<strong>v2</strong>');
    expect(res.body.bodyHtml).not.toMatch(/<script|href="javascript:/i);
    expect(Math.abs(Date.parse(res.body.occurredAt) - Date.parse(res.body.recordedAt))).toBeLessThan(5_000);
  });

  it('returns the original entry for a repeated Idempotency-Key, and never creates a second', async () => {
    const { responder, ref, incident } = await setup();
    const key = uniqueId('key');
    const first = await post(responder, ref, { kind: 'action', body: 'Restarted pods' }, { 'idempotency-key': key });
    const again = await post(responder, ref, { kind: 'action', body: 'Restarted pods' }, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await db.timelineEntry.count({ where: { incidentId: incident.id, idempotencyKey: key } })).toBe(1);
  });

  it('keeps exactly one entry under 10 concurrent retries with the same key', async () => {
    const { responder, ref, incident } = await setup();
    const key = uniqueId('burst');
    const results = await Promise.all(Array.from({ length: 10 }, () => post(responder, ref, { kind: 'note', body: 'Sent from a flaky phone' }, { 'idempotency-key': key })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await db.timelineEntry.count({ where: { incidentId: incident.id, body: 'Sent from a flaky phone' } })).toBe(1);
  });

  it('scopes keys to one incident', async () => {
    const { responder, ref } = await setup();
    const other = await declare(db, responder.actor);
    const key = uniqueId('shared');
    expect((await post(responder, ref, { kind: 'note', body: 'a' }, { 'idempotency-key': key })).status).toBe(201);
    expect((await post(responder, other.reference, { kind: 'note', body: 'b' }, { 'idempotency-key': key })).status).toBe(201);
  });

  it('refuses system kinds, future times, long bodies, bad keys (422) and viewers (403)', async () => {
    const { responder, viewer, ref, incident } = await setup();
    const system = await post(responder, ref, { kind: 'status_change', body: 'Fake' });
    expect(system.status).toBe(422);
    expect(system.body.error.issues[0].path).toBe('kind');

    const future = await post(responder, ref, { kind: 'note', body: 'x', occurredAt: new Date(Date.now() + 10 * 60_000).toISOString() });
    expect(future.status).toBe(422);
    expect(future.body.error.issues[0]).toMatchObject({ path: 'occurredAt', message: 'Cannot be more than 5 minutes in the future.' });

    const long = await post(responder, ref, { kind: 'note', body: 'x'.repeat(20_001) });
    expect(long.status).toBe(422);
    expect(long.body.error.issues[0].path).toBe('body');

    const badKey = await post(responder, ref, { kind: 'note', body: 'x' }, { 'idempotency-key': 'has spaces' });
    expect(badKey.status).toBe(422);
    expect(badKey.body.error.issues[0].path).toBe('Idempotency-Key');

    const denied = await post(viewer, ref, { kind: 'note', body: 'viewer note' });
    expect(denied.status).toBe(403);
    expect(await db.timelineEntry.count({ where: { incidentId: incident.id, kind: { not: 'status_change' } } })).toBe(0);
  });
});

describe('GET /api/v1/incidents/{ref}/timeline', () => {
  it('orders by when things happened, then when recorded, and pages through each entry once', async () => {
    const { responder, viewer, ref, incident } = await setup();
    const declaredAt = Date.parse(incident.declaredAt);
    const at = (minutes: number) => new Date(declaredAt + minutes * 60_000).toISOString();
    await post(responder, ref, { kind: 'note', body: 'third', occurredAt: at(-10) });
    await post(responder, ref, { kind: 'note', body: 'first', occurredAt: at(-30) });
    await post(responder, ref, { kind: 'alert', body: 'second', occurredAt: at(-20) });
    await post(responder, ref, { kind: 'note', body: 'same time, recorded later', occurredAt: at(-10) });

    const all = await listOf(viewer, ref);
    expect(all.status).toBe(200);
    expect(all.body.items.map((e: { body: string }) => e.body)).toEqual(['first', 'second', 'third', 'same time, recorded later', `Declared ${ref} (SEV2): ${incident.title}`]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await listOf(viewer, ref, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((e: { id: string }) => e.id));
  });

  it('catches up on what was created, edited and deleted since a sync cursor', async () => {
    const { responder, viewer, ref } = await setup();
    const a = (await post(responder, ref, { kind: 'note', body: 'a' })).body;
    const b = (await post(responder, ref, { kind: 'note', body: 'b' })).body;
    const { syncCursor } = (await listOf(viewer, ref)).body;

    await new Promise((r) => setTimeout(r, 5)); // the database clock has millisecond precision
    const c = (await post(responder, ref, { kind: 'note', body: 'c' })).body;
    await edit(responder, ref, a.id, { version: 1, body: 'a, corrected' });
    await remove(responder, ref, b.id, { reason: 'posted on the wrong incident' });

    const caught = await listOf(viewer, ref, `?after=${syncCursor}`);
    expect(caught.status).toBe(200);
    const byId = new Map(caught.body.items.map((e: { id: string }) => [e.id, e]));
    expect(byId.size).toBe(3);
    expect(byId.get(c.id)).toMatchObject({ body: 'c' });
    expect(byId.get(a.id)).toMatchObject({ body: 'a, corrected', version: 2 });
    expect(byId.get(b.id)).toMatchObject({ deleted: true, deletedReason: 'posted on the wrong incident' });
    expect(byId.get(b.id)).not.toHaveProperty('body');

    const nothingNew = await listOf(viewer, ref, `?after=${caught.body.syncCursor}`);
    expect(nothingNew.body.items).toEqual([]);
    expect(nothingNew.body.syncCursor).toBe(caught.body.syncCursor);
  });

  it('answers 404 for an unknown incident and 422 for a bad cursor', async () => {
    const { viewer, ref } = await setup();
    expect((await listOf(viewer, 'INC-999999999')).status).toBe(404);
    const bad = await listOf(viewer, ref, '?cursor=garbage');
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('cursor');
  });
});

describe('editing, highlighting and deleting entries', () => {
  it('keeps the earlier text as viewable history, and refuses stale versions with the current entry', async () => {
    const { responder, viewer, ref } = await setup();
    const entry = (await post(responder, ref, { kind: 'action', body: 'Restarted pods' })).body;
    const edited = await edit(responder, ref, entry.id, { version: 1, body: 'Restarted **all** pods' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, body: 'Restarted **all** pods' });
    expect(edited.body.editedAt).not.toBeNull();
    expect(edited.body.bodyHtml).toContain('<strong>all</strong>');

    const stale = await edit(responder, ref, entry.id, { version: 1, body: 'Overwrite' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ id: entry.id, version: 2, body: 'Restarted **all** pods' });

    const h = await callRoute(history, { headers: viewer.headers, params: { ref, entryId: entry.id } });
    expect(h.status).toBe(200);
    expect(h.body.current.body).toBe('Restarted **all** pods');
    expect(h.body.revisions).toHaveLength(1);
    expect(h.body.revisions[0]).toMatchObject({ body: 'Restarted pods', replacedBy: expect.stringContaining('token:') });
    expect(await db.auditLog.count({ where: { entityId: entry.id, action: 'timeline_entry.edited' } })).toBe(1);
  });

  it('highlights without a version, on any entry including system ones', async () => {
    const { responder, viewer, ref, incident } = await setup();
    const declared = await db.timelineEntry.findFirstOrThrow({ where: { incidentId: incident.id, kind: 'status_change' }, select: { id: true } });
    const res = await edit(responder, ref, declared.id, { highlighted: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ highlighted: true, version: 1 });
    expect((await edit(viewer, ref, declared.id, { highlighted: false })).status).toBe(403);
  });

  it('refuses to edit or delete entries the system wrote', async () => {
    const { responder, ref, incident } = await setup();
    const declared = await db.timelineEntry.findFirstOrThrow({ where: { incidentId: incident.id, kind: 'status_change' }, select: { id: true } });
    expect((await edit(responder, ref, declared.id, { version: 1, body: 'rewrite history' })).status).toBe(422);
    expect((await remove(responder, ref, declared.id, { reason: 'no' })).status).toBe(422);
  });

  it('deletes softly, needing a reason; hides the entry by default; keeps the text in the audit log', async () => {
    const { responder, viewer, ref } = await setup();
    const entry = (await post(responder, ref, { kind: 'note', body: 'Customer name: ACME' })).body;

    const noReason = await remove(responder, ref, entry.id, { reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.issues[0]).toMatchObject({ path: 'reason', message: 'Say why the entry is being deleted.' });
    expect((await remove(viewer, ref, entry.id, { reason: 'x' })).status).toBe(403);

    const res = await remove(responder, ref, entry.id, { reason: 'Personal data' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: entry.id, deleted: true, deletedReason: 'Personal data' });

    const visible = (await listOf(viewer, ref)).body.items.map((e: { id: string }) => e.id);
    expect(visible).not.toContain(entry.id);
    const withDeleted = (await listOf(viewer, ref, '?includeDeleted=true')).body.items.find((e: { id: string }) => e.id === entry.id);
    expect(withDeleted).toMatchObject({ deleted: true, deletedReason: 'Personal data' });
    expect(withDeleted).not.toHaveProperty('body');

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: entry.id, action: 'timeline_entry.deleted' }, select: { before: true, after: true } });
    expect(audit.before).toMatchObject({ body: 'Customer name: ACME' });
    expect(audit.after).toEqual({ reason: 'Personal data' });
    expect((await remove(responder, ref, entry.id, { reason: 'again' })).status).toBe(404);
    expect((await callRoute(history, { headers: viewer.headers, params: { ref, entryId: entry.id } })).status).toBe(404);
  });
});

describe('timestamps', () => {
  it('are stored in UTC whatever the database session time zone', async () => {
    const { responder, incident } = await setup();
    const near = (d: Date) => Math.abs(d.getTime() - Date.now()) < 60_000;
    const stored = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TimeZone = 'Asia/Shanghai'`;
      const { entry } = await insertEntry(tx, responder.actor, { incident: { id: incident.id }, kind: 'note', body: 'tz' });
      await tx.timelineEntry.update({ where: { id: entry.id }, data: { highlighted: true } });
      return entry;
    });
    const row = await db.timelineEntry.findUniqueOrThrow({ where: { id: stored.id }, select: { occurredAt: true, recordedAt: true, changedAt: true } });
    expect(near(row.occurredAt) && near(row.recordedAt) && near(row.changedAt), JSON.stringify(row)).toBe(true);
    expect(stored.recordedAt.getTime()).toBe(row.recordedAt.getTime());
  });
});
