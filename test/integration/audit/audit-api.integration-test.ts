// The audit log browser's API: filters by actor, entity, action and time; newest first with
// a cursor; admins only.
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/audit/route';
import { PATCH as patchUser } from '@/app/api/v1/users/[id]/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';

const db = testDb();

interface Entry { id: string; at: string; actorLabel: string; action: string; entityType: string; entityId: string; before: unknown; after: unknown }

async function audit(headers: Record<string, string>, query: Record<string, string>) {
  const res = await callRoute(GET, { headers, path: `/api/v1/audit?${new URLSearchParams(query)}` });
  return res as { status: number; body: { items: Entry[]; nextCursor: string | null; error?: { issues: { path: string }[] } } };
}

describe('audit log API', () => {
  it('filters by entity and action, newest first, page by page, with before and after', async () => {
    const admin = await createTestActor(db, 'admin');
    const target = await createTestActor(db, 'viewer');
    for (const role of ['responder', 'admin', 'viewer'] as const) {
      await callRoute(patchUser, { method: 'PATCH', headers: admin.headers, params: { id: target.userId }, body: { role } });
    }
    await callRoute(patchUser, { method: 'PATCH', headers: admin.headers, params: { id: target.userId }, body: { name: 'Renamed' } });

    const all = await audit(admin.headers, { entityType: 'user', entityId: target.userId });
    expect(all.status).toBe(200);
    expect(all.body.items.map((e) => e.action)).toEqual(['user.renamed', 'user.role_changed', 'user.role_changed', 'user.role_changed']);

    const first = await audit(admin.headers, { entityId: target.userId, action: 'user.role_changed', limit: '2' });
    expect(first.body.items.map((e) => e.after)).toEqual([{ role: 'viewer' }, { role: 'admin' }]);
    expect(first.body.items[0]).toMatchObject({ before: { role: 'admin' }, actorLabel: `token:test-${admin.email}`, entityType: 'user' });
    const second = await audit(admin.headers, { entityId: target.userId, action: 'user.role_changed', limit: '2', cursor: first.body.nextCursor ?? '' });
    expect(second.body.items.map((e) => e.after)).toEqual([{ role: 'responder' }]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters by actor and by time range', async () => {
    const admin = await createTestActor(db, 'admin');
    const entityId = uniqueId('thing');
    const at = (iso: string) => new Date(iso);
    const label = `${uniqueId('someone')}@example.test`;
    await db.auditLog.createMany({
      data: [
        { actorLabel: label, action: 'thing.made', entityType: 'thing', entityId, at: at('2020-01-01T10:00:00Z') },
        { actorLabel: label, action: 'thing.changed', entityType: 'thing', entityId, at: at('2020-01-02T10:00:00Z') },
        { actorLabel: 'token:other', action: 'thing.changed', entityType: 'thing', entityId, at: at('2020-01-03T10:00:00Z') },
      ],
    });
    const byActor = await audit(admin.headers, { entityId, actor: label.toUpperCase().slice(0, 20) });
    expect(byActor.body.items.map((e) => e.action)).toEqual(['thing.changed', 'thing.made']);

    const range = await audit(admin.headers, { entityId, from: '2020-01-02T00:00:00Z', to: '2020-01-03T10:00:00+00:00' });
    expect(range.body.items.map((e) => e.at)).toEqual(['2020-01-02T10:00:00.000Z']);
    const shanghai = await audit(admin.headers, { entityId, from: '2020-01-03T18:00:00+08:00' });
    expect(shanghai.body.items.map((e) => e.actorLabel)).toEqual(['token:other']);
  });

  it('filters by the acting user id', async () => {
    const admin = await createTestActor(db, 'admin');
    const person = await createTestActor(db, 'viewer');
    const entityId = uniqueId('x');
    await db.auditLog.create({ data: { actorUserId: person.userId, actorLabel: person.email, action: 'x.y', entityType: 'x', entityId } });
    const mine = await audit(admin.headers, { actorUserId: person.userId });
    expect(mine.body.items.map((e) => e.entityId)).toEqual([entityId]);
  });

  it('names the bad filter with 422', async () => {
    const admin = await createTestActor(db, 'admin');
    const bad = await audit(admin.headers, { from: 'yesterday', cursor: 'abc' });
    expect(bad.status).toBe(422);
    expect(bad.body.error?.issues.map((i) => i.path).sort()).toEqual(['cursor', 'from']);
  });

  it.each(['viewer', 'responder'] as const)('answers 403 to a %s', async (role) => {
    const actor = await createTestActor(db, role);
    expect((await audit(actor.headers, {})).status).toBe(403);
  });
});
