// The service catalogue through its REST API, as a client would use it: references by slug,
// validation that names the field, refused cycles, roles, and an audit row for each write.
import { describe, expect, it } from 'vitest';
import { GET as getOne, PATCH, DELETE } from '@/app/api/v1/services/[slug]/route';
import { GET as list, POST } from '@/app/api/v1/services/route';
import { POST as postTeam } from '@/app/api/v1/teams/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';

const db = testDb();

async function newService(headers: Record<string, string>, body: Record<string, unknown>) {
  return callRoute(POST, { method: 'POST', path: '/api/v1/services', headers, body });
}

describe('services API', () => {
  it('creates a service with an owner team and dependencies, and reads them back by slug', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const team = uniqueId('team');
    expect((await callRoute(postTeam, { method: 'POST', headers, body: { slug: team, name: 'Payments' } })).status).toBe(201);
    const [db1, db2] = [uniqueId('db'), uniqueId('cache')];
    for (const slug of [db1, db2]) expect((await newService(headers, { slug, name: slug })).status).toBe(201);

    const api = uniqueId('api');
    const created = await newService(headers, {
      slug: api,
      name: 'Payments API',
      ownerTeam: team,
      tier: 1,
      contacts: [{ name: 'Li Wei', role: 'on-call', phone: '+86 138 0013 8000', email: 'LI@example.test' }],
      dependsOn: [db2, db1],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: api, ownerTeam: team, tier: 1, noticePeriodHours: 24 });

    const got = await callRoute(getOne, { headers, params: { slug: api } });
    expect(got.status).toBe(200);
    expect(got.body.ownerTeam).toBe(team);
    expect(got.body.dependsOn).toEqual([db1, db2].sort());
    expect(got.body.contacts).toEqual([{ name: 'Li Wei', role: 'on-call', email: 'li@example.test', phone: '+86 138 0013 8000', chat: '' }]);
    const dep = await callRoute(getOne, { headers, params: { slug: db1 } });
    expect(dep.body.dependedOnBy).toEqual([api]);
  });

  it('refuses an unknown dependency with 422 naming the field, and creates nothing', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const known = uniqueId('known');
    await newService(headers, { slug: known, name: known });
    const slug = uniqueId('svc');
    const res = await newService(headers, { slug, name: 'x', dependsOn: [known, 'no-such-service-xyz'] });
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'dependsOn.1', message: "Unknown service 'no-such-service-xyz'" }),
    );
    expect(await db.service.findUnique({ where: { slug } })).toBeNull();
  });

  it('refuses an unknown owner team and a self-dependency, each naming its field', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const slug = uniqueId('svc');
    const res = await newService(headers, { slug, name: 'x', ownerTeam: 'no-such-team-xyz', dependsOn: [slug] });
    expect(res.status).toBe(422);
    const paths = res.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['ownerTeam', 'dependsOn.0']));
  });

  it('refuses a dependency that would close a cycle, explaining the loop', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const [a, b, c] = [uniqueId('a'), uniqueId('b'), uniqueId('c')];
    await newService(headers, { slug: c, name: 'c' });
    await newService(headers, { slug: b, name: 'b', dependsOn: [c] });
    await newService(headers, { slug: a, name: 'a', dependsOn: [b] });

    const res = await callRoute(PATCH, { method: 'PATCH', headers, params: { slug: c }, body: { dependsOn: [a] } });
    expect(res.status).toBe(422);
    expect(res.body.error.issues[0]).toMatchObject({ path: 'dependsOn.0', message: `This would create a dependency cycle: ${c} → ${a} → ${b} → ${c}` });
    expect((await callRoute(getOne, { headers, params: { slug: c } })).body.dependsOn).toEqual([]);
  });

  it('lets only one of two simultaneous edits that would together form a loop succeed', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const [a, b] = [uniqueId('a'), uniqueId('b')];
    await newService(headers, { slug: a, name: 'a' });
    await newService(headers, { slug: b, name: 'b' });
    const results = await Promise.all([
      callRoute(PATCH, { method: 'PATCH', headers, params: { slug: a }, body: { dependsOn: [b] } }),
      callRoute(PATCH, { method: 'PATCH', headers, params: { slug: b }, body: { dependsOn: [a] } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    const edges = await db.serviceDependency.count({ where: { service: { slug: { in: [a, b] } } } });
    expect(edges).toBe(1);
  });

  it('lets a viewer read but not write: 403 and nothing created', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const slug = uniqueId('svc');
    const res = await newService(viewer.headers, { slug, name: 'x' });
    expect(res.status).toBe(403);
    expect(await db.service.findUnique({ where: { slug } })).toBeNull();
    expect((await callRoute(list, { headers: viewer.headers, path: '/api/v1/services' })).status).toBe(200);
  });

  it('answers 404 for an unknown slug and 409 for a duplicate one', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const missing = await callRoute(getOne, { headers, params: { slug: uniqueId('missing') } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const slug = uniqueId('svc');
    expect((await newService(headers, { slug, name: 'first' })).status).toBe(201);
    const dup = await newService(headers, { slug, name: 'second' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain(slug);
  });

  it('writes an audit row with before and after for each change', async () => {
    const { headers, email } = await createTestActor(db, 'responder');
    const slug = uniqueId('svc');
    const created = await newService(headers, { slug, name: 'Before' });
    await callRoute(PATCH, { method: 'PATCH', headers, params: { slug }, body: { name: 'After', tier: 2 } });
    const rows = await db.auditLog.findMany({
      where: { entityType: 'service', entityId: created.body.id },
      orderBy: { id: 'asc' },
      select: { action: true, actorLabel: true, before: true, after: true },
    });
    expect(rows.map((r) => r.action)).toEqual(['service.created', 'service.updated']);
    expect(rows[1]).toMatchObject({ actorLabel: `token:test-${email}`, before: { name: 'Before', tier: 3 }, after: { name: 'After', tier: 2 } });
  });

  it('refuses to delete a service others depend on, then deletes it once they no longer do', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const [base, caller] = [uniqueId('base'), uniqueId('caller')];
    await newService(headers, { slug: base, name: 'base' });
    await newService(headers, { slug: caller, name: 'caller', dependsOn: [base] });
    const refused = await callRoute(DELETE, { method: 'DELETE', headers, params: { slug: base } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.dependedOnBy).toEqual([caller]);
    await callRoute(PATCH, { method: 'PATCH', headers, params: { slug: caller }, body: { dependsOn: [] } });
    expect((await callRoute(DELETE, { method: 'DELETE', headers, params: { slug: base } })).status).toBe(204);
    expect(await db.service.findUnique({ where: { slug: base } })).toBeNull();
  });

  it('filters the list by team, tier and text, and pages with a cursor', async () => {
    const { headers } = await createTestActor(db, 'responder');
    const team = uniqueId('team');
    await callRoute(postTeam, { method: 'POST', headers, body: { slug: team, name: 'T' } });
    const slugs = [uniqueId('s1'), uniqueId('s2'), uniqueId('s3')].sort();
    for (const [i, slug] of slugs.entries()) await newService(headers, { slug, name: `Svc ${i}`, ownerTeam: team, tier: i === 0 ? 1 : 2 });
    const page1 = await callRoute(list, { headers, path: `/api/v1/services?team=${team}&limit=2` });
    expect(page1.body.items.map((s: { slug: string }) => s.slug)).toEqual(slugs.slice(0, 2));
    const page2 = await callRoute(list, { headers, path: `/api/v1/services?team=${team}&limit=2&cursor=${page1.body.nextCursor}` });
    expect(page2.body).toMatchObject({ items: [{ slug: slugs[2] }], nextCursor: null });
    const tier1 = await callRoute(list, { headers, path: `/api/v1/services?team=${team}&tier=1` });
    expect(tier1.body.items.map((s: { slug: string }) => s.slug)).toEqual([slugs[0]]);
    const text = await callRoute(list, { headers, path: `/api/v1/services?team=${team}&q=svc%201` });
    expect(text.body.items.map((s: { slug: string }) => s.slug)).toEqual([slugs[1]]);
  });
});
