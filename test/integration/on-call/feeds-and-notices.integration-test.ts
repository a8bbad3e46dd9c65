// Around the schedule: "who to call" for a service with its coverage gap, the incoming
// person's handoff notice (once), "my shifts", and the iCal feeds behind their secret URLs.
import { describe, expect, it } from 'vitest';
import * as feedRoute from '@/app/api/v1/on-call/feeds/[token]/route';
import { createSchedule } from '@/lib/on-call/create-schedule';
import { listMyShifts } from '@/lib/on-call/list-my-shifts';
import { sendHandoffNotices } from '@/lib/on-call/send-handoff-notices';
import { whoIsOnCall } from '@/lib/on-call/who-is-on-call';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createService } from '../incidents/support.ts';

const db = testDb();

async function dailyPair() {
  const ann = await createTestActor(db, 'responder', 'ann');
  const bob = await createTestActor(db, 'responder', 'bob');
  const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'Web', members: { create: [{ userId: ann.userId }, { userId: bob.userId }] } }, select: { id: true, slug: true } });
  // Daily handoff at 09:00 UTC, weekdays 08:00–20:00 only: nights are a coverage gap.
  const schedule = await createSchedule(db, {
    actor: ann.actor,
    teamSlug: team.slug,
    input: { name: 'Web daytime', timeZone: 'UTC', rotations: [{ name: 'Days', participants: [ann.email, bob.email], length: { unit: 'day', count: 1 }, handoffTime: '09:00', startDate: '2026-06-01', restrictions: [{ days: [], from: '08:00', to: '20:00' }] }] },
  });
  const svc = await createService(db);
  await db.service.update({ where: { id: svc.id }, data: { ownerTeamId: team.id } });
  return { ann, bob, team, schedule, svc };
}

describe('around the schedule', () => {
  it('"who to call" for a service names the on-call person, who is next, and the coming gap', async () => {
    const { ann, bob, svc } = await dailyPair();
    const [answer] = await whoIsOnCall(db, { actor: ann.actor, slugs: [svc.slug], now: new Date('2026-06-01T12:00:00Z') });
    expect(answer!.schedules).toEqual([
      expect.objectContaining({ name: 'Web daytime', onCall: [{ email: ann.email, name: 'ann' }], until: '2026-06-01T20:00:00.000Z', next: { onCall: [], until: '2026-06-02T08:00:00.000Z' }, gap: { from: '2026-06-01T20:00:00.000Z', to: '2026-06-02T08:00:00.000Z' } }),
    ]);
    const [morning] = await whoIsOnCall(db, { actor: ann.actor, slugs: [svc.slug], now: new Date('2026-06-02T08:30:00Z') });
    // 08:00–09:00 is still yesterday's shift (ann); bob from the 09:00 handoff.
    expect(morning!.schedules[0]).toMatchObject({ onCall: [{ email: ann.email }], until: '2026-06-02T09:00:00.000Z', next: { onCall: [{ email: bob.email }] } });
  });

  it('tells the incoming person once, within the hour before the shift', async () => {
    const { bob, schedule } = await dailyPair();
    const now = new Date('2026-06-02T08:15:00Z'); // bob takes over at 09:00
    const count = async () => db.notificationMessage.count({ where: { event: 'oncall_handoff', subjectId: schedule.id, recipientUserId: bob.userId } });
    await sendHandoffNotices(db, { now });
    expect(await count()).toBe(2); // inbox + email
    const inbox = await db.notificationMessage.findFirstOrThrow({ where: { event: 'oncall_handoff', subjectId: schedule.id, recipientUserId: bob.userId, channelType: 'inbox' } });
    expect(inbox.payload).toMatchObject({ schedule: 'Web daytime', from: '2026-06-02T09:00:00.000Z', until: '2026-06-02T20:00:00.000Z' });
    await sendHandoffNotices(db, { now: new Date(now.getTime() + 10 * 60_000) });
    expect(await count()).toBe(2);
  });

  it('lists my shifts and serves both iCal feeds; an unknown secret is 404', async () => {
    const { ann, schedule } = await dailyPair();
    const mine = await listMyShifts(db, { actor: ann.actor, now: new Date('2026-06-01T00:00:00Z'), weeks: 1 });
    expect(mine.shifts.slice(0, 2)).toEqual([
      expect.objectContaining({ schedule: 'Web daytime', from: '2026-06-01T09:00:00.000Z', to: '2026-06-01T20:00:00.000Z' }),
      // The next morning 08:00–09:00 is still her shift (the handoff is at 09:00).
      expect.objectContaining({ from: '2026-06-02T08:00:00.000Z', to: '2026-06-02T09:00:00.000Z' }),
    ]);
    const personal = await callRoute(feedRoute.GET, { params: { token: `${mine.feedToken}.ics` } });
    expect(personal.status).toBe(200);
    expect(personal.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(String(personal.body)).toContain('BEGIN:VCALENDAR');
    expect(String(personal.body)).toContain('SUMMARY:On call: Web daytime');
    const row = await db.onCallSchedule.findUniqueOrThrow({ where: { id: schedule.id }, select: { feedToken: true } });
    const team = await callRoute(feedRoute.GET, { params: { token: row.feedToken } });
    expect(team.status).toBe(200);
    expect(String(team.body)).toMatch(/SUMMARY:On call: (ann|bob)/);
    expectErrorNotFound(await callRoute(feedRoute.GET, { params: { token: 'not-a-real-feed-secret' } }));
  });
});

function expectErrorNotFound(res: { status: number; body: { error?: { code?: string } } }) {
  expect(res.status).toBe(404);
  expect(res.body.error?.code).toBe('not_found');
}
