// Action items through the REST API on a real PostgreSQL: creating, editing with a version,
// deleting, and the cross-incident list's filters (mine, overdue, team, service, status) with
// the completion rate.
import { describe, expect, it } from 'vitest';
import { DELETE, PATCH } from '@/app/api/v1/action-items/[id]/route';
import { GET, POST } from '@/app/api/v1/action-items/route';
import { listActionItems } from '@/lib/action-items/list-action-items';
import { listActionItemsQuery } from '@/lib/action-items/schemas';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createService, declare } from '../incidents/support.ts';

const db = testDb();

const post = (a: TestActor, body: unknown) => callRoute(POST, { method: 'POST', headers: a.headers, body });
const list = (a: TestActor, query: string) => callRoute(GET, { headers: a.headers, path: `/api/v1/action-items?${query}` });
const patch = (a: TestActor, id: string, body: unknown) => callRoute(PATCH, { method: 'PATCH', headers: a.headers, params: { id }, body });
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('action items API', () => {
  it('creates, edits with a version (stale → 409), completes and deletes; viewers only read', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const incident = await declare(db, responder.actor);
    const denied = await post(viewer, { incident: incident.reference, kind: 'prevent', title: 'x' });
    expect(denied.status).toBe(403);

    const created = await post(responder, { incident: incident.reference, kind: 'prevent', title: 'Add pool alert', ownerUserId: responder.userId, dueDate: '2030-05-01', priority: 'P1' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ incidentId: incident.id, incidentReference: incident.reference, status: 'open', dueDate: '2030-05-01', overdue: false, version: 1, owner: { userId: responder.userId } });
    expect((await post(responder, { incident: incident.reference, kind: 'prevent', title: 'x', dueDate: '31/01/2030' })).status).toBe(422);
    expect((await post(responder, { incident: incident.reference, kind: 'prevent', title: 'x', externalUrl: 'javascript:alert(1)' })).status).toBe(422);

    const done = await patch(responder, created.body.id, { version: 1, status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', version: 2 });
    expect(done.body.completedAt).toBeTruthy();
    const stale = await patch(responder, created.body.id, { version: 1, title: 'Mine' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ status: 'done', version: 2 });
    expect((await patch(viewer, created.body.id, { version: 2, title: 'x' })).status).toBe(403);

    expect((await callRoute(DELETE, { method: 'DELETE', headers: responder.headers, params: { id: created.body.id } })).status).toBe(204);
    expect(await db.actionItem.count({ where: { id: created.body.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: created.body.id, action: { startsWith: 'action_item.' } } })).toBe(3);
  });

  it('filters by mine, overdue, team, service and status, with the completion rate', async () => {
    const responder = await createTestActor(db, 'responder');
    const owner = await createTestActor(db, 'responder');
    const svc = await createService(db);
    const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'Payments' }, select: { id: true, slug: true } });
    await db.teamMember.create({ data: { teamId: team.id, userId: owner.userId } });
    const onSvc = await declare(db, responder.actor, { services: [svc.slug] });
    const elsewhere = await declare(db, responder.actor);
    const item = async (incident: string, over: Record<string, unknown>) =>
      (await post(responder, { incident, kind: 'detect', title: uniqueId('item'), ...over })).body as { id: string };

    const overdueMine = await item(onSvc.reference, { ownerUserId: owner.userId, dueDate: '2020-01-01' });
    const doneLate = await item(onSvc.reference, { ownerUserId: owner.userId, dueDate: '2020-01-01', status: 'done' });
    const future = await item(onSvc.reference, { dueDate: '2099-01-01' });
    const other = await item(elsewhere.reference, { ownerUserId: owner.userId, status: 'wont_do' });

    const mine = await listActionItems(db, { actor: owner.actor, query: listActionItemsQuery.parse({ mine: 'true' }) });
    expect(ids(mine.items)).toEqual([overdueMine.id, doneLate.id, other.id].sort());
    expect(mine.completionRate).toBeCloseTo(2 / 3);

    const byService = await list(responder, `service=${svc.slug}`);
    expect(byService.status).toBe(200);
    expect(ids(byService.body.items)).toEqual([overdueMine.id, doneLate.id, future.id].sort());
    expect(byService.body).toMatchObject({ total: 3, completionRate: 1 / 3 });

    const overdue = await list(responder, `service=${svc.slug}&overdue=true`);
    expect(ids(overdue.body.items)).toEqual([overdueMine.id]);
    expect(overdue.body.items[0].overdue).toBe(true);

    const byTeam = await list(responder, `team=${team.slug}&status=done,wont_do`);
    expect(ids(byTeam.body.items)).toEqual([doneLate.id, other.id].sort());
    expect(byTeam.body.total).toBe(3); // the rate ignores the status filter

    const paged = await list(responder, `service=${svc.slug}&limit=2`);
    expect(paged.body.items).toHaveLength(2);
    const rest = await list(responder, `service=${svc.slug}&limit=2&cursor=${paged.body.nextCursor}`);
    expect(rest.body.nextCursor).toBeNull();
    expect(ids([...paged.body.items, ...rest.body.items])).toEqual(ids(byService.body.items));

    // An API token owns nothing: mine=true is refused rather than silently empty.
    expect((await list(responder, 'mine=true')).status).toBe(422);
  });
});
