// The schedule API as the acceptance check calls it: create a schedule for a team (a member
// responder or an admin only), ask who is on call at an instant, add an override; bad input
// answers 4xx naming the field and changes nothing.
import { describe, expect, it } from 'vitest';
import * as overridesRoute from '@/app/api/v1/schedules/[id]/overrides/route';
import * as onCallRoute from '@/app/api/v1/schedules/[id]/on-call/route';
import * as policiesRoute from '@/app/api/v1/escalation-policies/route';
import * as serviceRoute from '@/app/api/v1/services/[slug]/route';
import * as schedulesRoute from '@/app/api/v1/teams/[slug]/schedules/route';
import * as pagesRoute from '@/app/api/v1/incidents/[ref]/pages/route';
import * as ackRoute from '@/app/api/v1/pages/[id]/ack/route';
import { createSchedule } from '@/lib/on-call/create-schedule';
import { createScheduleInput } from '@/lib/on-call/schemas';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { expectErrorBody } from '../api/support.ts';
import { createService, declare } from '../incidents/support.ts';

const db = testDb();

async function team() {
  const lead = await createTestActor(db, 'responder', 'Lead');
  const ann = await createTestActor(db, 'responder', 'Ann');
  const bob = await createTestActor(db, 'responder', 'Bob');
  const t = await db.team.create({ data: { slug: uniqueId('team'), name: 'DBA', members: { create: [{ userId: lead.userId }, { userId: ann.userId }, { userId: bob.userId }] } }, select: { slug: true } });
  return { lead, ann, bob, slug: t.slug };
}

const body = (emails: string[]) => ({
  name: 'DBA primary',
  timeZone: 'Europe/Berlin',
  rotations: [{ name: 'Daily', participants: emails, length: { unit: 'day', count: 1 }, handoffTime: '09:00', startDate: '2026-03-27' }],
});

describe('schedules API', () => {
  it('creates a schedule and answers who is on call, since and until when, across the DST change', async () => {
    const { lead, ann, bob, slug } = await team();
    const created = await callRoute(schedulesRoute.POST, { method: 'POST', headers: lead.headers, params: { slug }, body: body([ann.email, bob.email]) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'DBA primary', timeZone: 'Europe/Berlin', team: { slug } });
    expect(created.body.rotations[0].participants).toEqual([{ email: ann.email, name: 'Ann' }, { email: bob.email, name: 'Bob' }]);
    const id = created.body.id as string;

    // 28 March 12:00 UTC: the second day (bob), from 08:00 UTC (09:00 CET) to 07:00 UTC (09:00 CEST).
    const res = await callRoute(onCallRoute.GET, { headers: lead.headers, params: { id }, path: `/api/v1/schedules/${id}/on-call?at=2026-03-28T12:00:00Z` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ onCall: [{ email: bob.email, name: 'Bob' }], from: '2026-03-28T08:00:00.000Z', until: '2026-03-29T07:00:00.000Z' });
    expect(res.body.next.onCall).toEqual([{ email: ann.email, name: 'Ann' }]);
    // Minutes without seconds, and another zone's offset, name the same instant.
    const shanghai = await callRoute(onCallRoute.GET, { headers: lead.headers, params: { id }, path: `/api/v1/schedules/${id}/on-call?at=2026-03-28T20:00%2B08:00` });
    expect(shanghai.body).toMatchObject({ onCall: [{ email: bob.email }], from: '2026-03-28T08:00:00.000Z' });
    const vague = await callRoute(onCallRoute.GET, { headers: lead.headers, params: { id }, path: `/api/v1/schedules/${id}/on-call?at=tomorrow` });
    expectErrorBody(vague, 422, 'invalid');
    expect(vague.body.error.issues[0].path).toBe('at');

    const o = await callRoute(overridesRoute.POST, { method: 'POST', headers: lead.headers, params: { id }, body: { email: ann.email, from: '2026-03-28T10:00:00Z', to: '2026-03-28T14:00:00Z' } });
    expect(o.status).toBe(201);
    expect(o.body).toMatchObject({ id: expect.any(String), email: ann.email, from: '2026-03-28T10:00:00.000Z', to: '2026-03-28T14:00:00.000Z' });
    const after = await callRoute(onCallRoute.GET, { headers: lead.headers, params: { id }, path: `/api/v1/schedules/${id}/on-call?at=2026-03-28T12:00:00Z` });
    expect(after.body).toMatchObject({ onCall: [{ email: ann.email }], from: '2026-03-28T10:00:00.000Z', until: '2026-03-28T14:00:00.000Z' });
  });

  it('refuses a responder outside the team, an unknown participant, a bad zone and a bad override, naming the field', async () => {
    const { lead, ann, slug } = await team();
    // A signed-in responder who is not in the team may not (API tokens act for tools and may).
    const outsider = await createTestActor(db, 'responder');
    await expect(createSchedule(db, { actor: outsider.actor, teamSlug: slug, input: createScheduleInput.parse(body([ann.email])) })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createSchedule(db, { actor: ann.actor, teamSlug: slug, input: createScheduleInput.parse({ ...body([ann.email]), name: 'by a member' }) })).resolves.toMatchObject({ name: 'by a member' });
    await db.onCallSchedule.deleteMany({ where: { team: { slug } } });

    const unknown = await callRoute(schedulesRoute.POST, { method: 'POST', headers: lead.headers, params: { slug }, body: body([ann.email, 'nobody@example.test']) });
    expectErrorBody(unknown, 422, 'invalid');
    expect(unknown.body.error.issues).toEqual([expect.objectContaining({ path: 'rotations.0.participants.1' })]);

    const zone = await callRoute(schedulesRoute.POST, { method: 'POST', headers: lead.headers, params: { slug }, body: { ...body([ann.email]), timeZone: 'Mars/Olympus' } });
    expectErrorBody(zone, 422, 'invalid');
    expect(zone.body.error.issues[0]).toMatchObject({ path: 'timeZone', message: expect.stringContaining('IANA') });
    expect(await db.onCallSchedule.count({ where: { team: { slug } } })).toBe(0);

    const ok = await callRoute(schedulesRoute.POST, { method: 'POST', headers: lead.headers, params: { slug }, body: body([ann.email]) });
    const backwards = await callRoute(overridesRoute.POST, { method: 'POST', headers: lead.headers, params: { id: ok.body.id }, body: { email: ann.email, from: '2026-03-28T14:00:00Z', to: '2026-03-28T10:00:00Z' } });
    expectErrorBody(backwards, 422, 'invalid');
    expect(backwards.body.error.issues[0].path).toBe('to');
    expectErrorBody(await callRoute(onCallRoute.GET, { headers: lead.headers, params: { id: '00000000-0000-4000-8000-000000000000' } }), 404, 'not_found');
  });

  it('a policy named on a service pages for its SEV1; the pages list and the ack endpoint have the documented shapes', async () => {
    const { lead, ann, slug } = await team();
    const schedule = await callRoute(schedulesRoute.POST, { method: 'POST', headers: lead.headers, params: { slug }, body: { ...body([ann.email]), rotations: [{ ...body([ann.email]).rotations[0], length: { unit: 'week', count: 1 }, startDate: '2026-01-05' }] } });
    const policy = await callRoute(policiesRoute.POST, { method: 'POST', headers: lead.headers, body: { name: 'DBA', levels: [{ targets: [{ type: 'schedule', id: schedule.body.id }], waitMinutes: 5 }, { targets: [{ type: 'user', email: lead.email }], waitMinutes: 5 }], repeat: 1 } });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    expect(policy.body).toMatchObject({ id: expect.any(String), repeat: 1, levels: [{ level: 1, waitMinutes: 5 }, { level: 2, waitMinutes: 5 }] });
    const svc = await createService(db);
    const patched = await callRoute(serviceRoute.PATCH, { method: 'PATCH', headers: lead.headers, params: { slug: svc.slug }, body: { escalationPolicy: policy.body.id } });
    expect(patched.status).toBe(200);
    expect(patched.body.escalationPolicy).toBe(policy.body.id);
    expectErrorBody(await callRoute(serviceRoute.PATCH, { method: 'PATCH', headers: lead.headers, params: { slug: svc.slug }, body: { escalationPolicy: '00000000-0000-4000-8000-000000000000' } }), 422, 'invalid');

    const incident = await declare(db, lead.actor, { severity: 'SEV1', services: [svc.slug] });
    const pages = await callRoute(pagesRoute.GET, { headers: lead.headers, params: { ref: incident.reference } });
    expect(pages.status).toBe(200);
    expect(pages.body).toEqual([{ id: expect.any(String), level: 1, round: 0, email: ann.email, name: 'Ann', status: 'sent', sentAt: expect.any(String), acknowledgedAt: null }]);
    const ack = await callRoute(ackRoute.POST, { method: 'POST', headers: ann.headers, params: { id: pages.body[0].id } });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ status: 'acknowledged', acknowledgedAt: expect.any(String) });
    expectErrorBody(await callRoute(ackRoute.POST, { method: 'POST', headers: ann.headers, params: { id: 'not-a-uuid' } }), 422, 'invalid');
  });
});
