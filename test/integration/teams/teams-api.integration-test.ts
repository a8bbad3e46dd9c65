// Teams through their REST API: members with roles, refusing to delete a team that still
// owns services (saying which), roles, and an audit row for each write.
import { describe, expect, it } from 'vitest';
import { DELETE as deleteMember, PUT as putMember } from '@/app/api/v1/teams/[slug]/members/[userId]/route';
import { DELETE, GET as getOne, PATCH } from '@/app/api/v1/teams/[slug]/route';
import { GET as list, POST } from '@/app/api/v1/teams/route';
import { PATCH as patchService } from '@/app/api/v1/services/[slug]/route';
import { POST as postService } from '@/app/api/v1/services/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';

const db = testDb();

/** A signed-up person with a display name, to add to teams. */
async function person(name: string) {
  const a = await createTestActor(db, 'viewer');
  await db.user.update({ where: { id: a.userId }, data: { name } });
  return a;
}

describe('teams API', () => {
  it('creates a team, adds members with roles (leads first), changes a role and removes a member', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const alice = await person('Alice');
    const bob = await person('Bob');
    const slug = uniqueId('team');
    const created = await callRoute(POST, { method: 'POST', headers, body: { slug, name: 'Payments', description: 'Money in, money out' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug, name: 'Payments', members: [], services: [] });

    await callRoute(putMember, { method: 'PUT', headers, params: { slug, userId: bob.userId }, body: { role: 'member' } });
    const put = await callRoute(putMember, { method: 'PUT', headers, params: { slug, userId: alice.userId }, body: { role: 'lead' } });
    expect(put.status).toBe(200);
    expect(put.body.members).toEqual([
      { userId: alice.userId, name: 'Alice', email: alice.email, role: 'lead' },
      { userId: bob.userId, name: 'Bob', email: bob.email, role: 'member' },
    ]);
    const again = await callRoute(putMember, { method: 'PUT', headers, params: { slug, userId: bob.userId }, body: { role: 'lead' } });
    expect(again.body.members).toHaveLength(2);

    const removed = await callRoute(deleteMember, { method: 'DELETE', headers, params: { slug, userId: alice.userId } });
    expect(removed.status).toBe(200);
    expect((await callRoute(getOne, { headers, params: { slug } })).body.members.map((m: { userId: string }) => m.userId)).toEqual([bob.userId]);
    const gone = await callRoute(deleteMember, { method: 'DELETE', headers, params: { slug, userId: alice.userId } });
    expect(gone.status).toBe(404);
  });

  it('answers 404 for an unknown person and 422 for a deactivated one', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const slug = uniqueId('team');
    await callRoute(POST, { method: 'POST', headers, body: { slug, name: 'Ops' } });
    const unknown = await callRoute(putMember, { method: 'PUT', headers, params: { slug, userId: '00000000-0000-4000-8000-000000000000' }, body: {} });
    expect(unknown.status).toBe(404);
    const gone = await person('Gone');
    await db.user.update({ where: { id: gone.userId }, data: { active: false } });
    const inactive = await callRoute(putMember, { method: 'PUT', headers, params: { slug, userId: gone.userId }, body: { role: 'lead' } });
    expect(inactive.status).toBe(422);
    expect(inactive.body.error.issues[0]).toMatchObject({ path: 'userId', code: 'user_inactive' });
    expect(await db.teamMember.count({ where: { team: { slug } } })).toBe(0);
  });

  it('refuses to delete a team while it owns services, naming them; deletes it afterwards', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const slug = uniqueId('team');
    await callRoute(POST, { method: 'POST', headers, body: { slug, name: 'Search' } });
    const svc = uniqueId('search-api');
    expect((await callRoute(postService, { method: 'POST', headers, body: { slug: svc, name: 'Search API', ownerTeam: slug } })).status).toBe(201);

    const refused = await callRoute(DELETE, { method: 'DELETE', headers, params: { slug } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(svc);
    expect(refused.body.error.services).toEqual([svc]);
    expect(await db.team.findUnique({ where: { slug }, select: { id: true } })).not.toBeNull();

    await callRoute(patchService, { method: 'PATCH', headers, params: { slug: svc }, body: { ownerTeam: null } });
    expect((await callRoute(DELETE, { method: 'DELETE', headers, params: { slug } })).status).toBe(204);
    expect(await db.team.findUnique({ where: { slug } })).toBeNull();
  });

  it('refuses writes from a viewer (403, nothing changed) but lets them read', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const slug = uniqueId('team');
    expect((await callRoute(POST, { method: 'POST', headers: viewer.headers, body: { slug, name: 'X' } })).status).toBe(403);
    expect(await db.team.findUnique({ where: { slug } })).toBeNull();
    const listed = await callRoute(list, { headers: viewer.headers, path: '/api/v1/teams?limit=1' });
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveProperty('nextCursor');
  });

  it('validates slugs, answers 404 and 409, and renames', async () => {
    const { headers } = await createTestActor(db, 'admin');
    const bad = await callRoute(POST, { method: 'POST', headers, body: { slug: 'Bad Slug', name: 'x' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0].path).toBe('slug');
    expect((await callRoute(getOne, { headers, params: { slug: uniqueId('nope') } })).status).toBe(404);
    const [one, two] = [uniqueId('one'), uniqueId('two')];
    await callRoute(POST, { method: 'POST', headers, body: { slug: one, name: 'One' } });
    expect((await callRoute(POST, { method: 'POST', headers, body: { slug: one, name: 'Again' } })).status).toBe(409);
    const renamed = await callRoute(PATCH, { method: 'PATCH', headers, params: { slug: one }, body: { slug: two, name: 'Two' } });
    expect(renamed.body).toMatchObject({ slug: two, name: 'Two' });
  });

  it('writes audit rows with before and after', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const member = await createTestActor(db, 'viewer');
    const slug = uniqueId('team');
    const created = await callRoute(POST, { method: 'POST', headers, body: { slug, name: 'Before' } });
    await callRoute(PATCH, { method: 'PATCH', headers, params: { slug }, body: { name: 'After' } });
    await callRoute(putMember, { method: 'PUT', headers, params: { slug, userId: member.userId }, body: {} });
    await callRoute(DELETE, { method: 'DELETE', headers, params: { slug } });
    const rows = await db.auditLog.findMany({
      where: { entityType: 'team', entityId: created.body.id },
      orderBy: { id: 'asc' },
      select: { action: true, before: true, after: true },
    });
    expect(rows.map((r) => r.action)).toEqual(['team.created', 'team.updated', 'team.member_added', 'team.deleted']);
    expect(rows[1]).toMatchObject({ before: { name: 'Before' }, after: { name: 'After' } });
    expect(rows[2]).toMatchObject({ after: { userId: member.userId, role: 'member' } });
    expect(rows[3]).toMatchObject({ before: { slug, members: [{ userId: member.userId }] } });
  });
});
