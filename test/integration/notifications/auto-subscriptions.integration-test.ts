// A team's automatic change notices for what its services depend on, and opting out of one.
import { describe, expect, it } from 'vitest';
import { GET, PUT } from '@/app/api/v1/teams/[slug]/auto-subscriptions/route';
import { resolveRecipients } from '@/lib/subscriptions/resolve-recipients';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { createChain } from '../changes/support.ts';

const db = testDb();

describe('/api/v1/teams/{slug}/auto-subscriptions', () => {
  it('lists every dependency of the team\'s services, and an opt-out stops that service\'s notices', async () => {
    const { top, middle, base } = await createChain(db);
    const viewer = await createTestActor(db, 'viewer');
    const listed = await callRoute(GET, { headers: viewer.headers, params: { slug: top.teamSlug } });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      { service: { slug: middle.slug, name: 'Service middle' }, depth: 1, enabled: true },
      { service: { slug: base.slug, name: 'Service base' }, depth: 2, enabled: true },
    ]);

    const refused = await callRoute(PUT, { method: 'PUT', headers: viewer.headers, params: { slug: top.teamSlug }, body: { service: base.slug, enabled: false } });
    expect(refused.status).toBe(403);

    const responder = await createTestActor(db, 'responder');
    const off = await callRoute(PUT, { method: 'PUT', headers: responder.headers, params: { slug: top.teamSlug }, body: { service: base.slug, enabled: false } });
    expect(off.status).toBe(200);
    expect(off.body.items).toContainEqual({ service: { slug: base.slug, name: 'Service base' }, depth: 2, enabled: false });
    expect(await db.auditLog.count({ where: { entityId: top.teamId, action: 'team.auto_subscription_changed' } })).toBe(1);

    const told = await resolveRecipients(db, { serviceId: base.id, event: 'change_announced' });
    expect(told.map((r) => r.teamId)).toEqual([middle.teamId]);

    const notADependency = await callRoute(PUT, { method: 'PUT', headers: responder.headers, params: { slug: base.teamSlug }, body: { service: top.slug, enabled: false } });
    expect(notADependency.status).toBe(422);
    expect(notADependency.body.error.issues[0].code).toBe('not_a_dependency');

    await callRoute(PUT, { method: 'PUT', headers: responder.headers, params: { slug: top.teamSlug }, body: { service: base.slug, enabled: true } });
    expect((await resolveRecipients(db, { serviceId: base.id, event: 'change_announced' })).map((r) => r.teamId).sort()).toEqual([middle.teamId, top.teamId].sort());
  });
});
