// Acknowledging a change ("we checked our side"): who is asked (the teams notified at
// announcement), who may acknowledge for a team, idempotency, the audit record, and the
// reminder to teams that have not acknowledged a change starting soon.
import { describe, expect, it } from 'vitest';
import { GET as listRoute, POST } from '@/app/api/v1/changes/[id]/acknowledgements/route';
import { acknowledgeChange } from '@/lib/changes/acknowledge-change';
import { announceChange } from '@/lib/changes/announce-change';
import { listAcknowledgements } from '@/lib/changes/list-acknowledgements';
import { remindUnacknowledgedChanges } from '@/lib/changes/remind-unacknowledged-changes';
import type { AnnounceChangeInput } from '@/lib/changes/schemas';
import { listInbox } from '@/lib/inbox/list-inbox';
import { listInboxQuery } from '@/lib/inbox/schemas';
import { createSubscription } from '@/lib/subscriptions/create-subscription';
import { createSubscriptionInput } from '@/lib/subscriptions/schemas';
import { periodicTasks } from '@/lib/worker/periodic-tasks';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createChain, hoursFromNow } from './support.ts';

const db = testDb();

const announceInput = (service: string, scheduledAt = hoursFromNow(48)): AnnounceChangeInput => ({
  service, kind: 'credential', title: uniqueId('token lifetime'), description: '', risk: 'high', scheduledAt, expectedImpact: '', rollbackPlan: '', externalRef: '',
});

async function announced(scheduledAt?: string) {
  const chain = await createChain(db);
  const announcer = await createTestActor(db, 'responder', 'announcer');
  const { change } = await announceChange(db, { actor: announcer.actor, input: announceInput(chain.base.slug, scheduledAt) });
  return { ...chain, change };
}

describe('acknowledgements', () => {
  it('asks the notified teams (automatic and subscribed), not the changing team', async () => {
    const chain = await createChain(db);
    const other = await db.team.create({ data: { slug: uniqueId('team-sub'), name: 'Subscribed team' }, select: { slug: true } });
    const responder = await createTestActor(db, 'responder');
    await createSubscription(db, { actor: responder.actor, input: createSubscriptionInput.parse({ service: chain.base.slug, team: other.slug, events: ['change_announced'], channel: { type: 'slack', url: 'https://hooks.slack.test/services/x' } }) });
    await createSubscription(db, { actor: responder.actor, input: createSubscriptionInput.parse({ service: chain.base.slug, events: ['change_announced'], channel: { type: 'inbox' } }) });
    const { change } = await announceChange(db, { actor: responder.actor, input: announceInput(chain.base.slug) });
    const list = await listAcknowledgements(db, { actor: responder.actor, id: change.id });
    expect(list.items.map((i) => i.team.slug).sort()).toEqual([chain.middle.teamSlug, chain.top.teamSlug, other.slug].sort());
    expect(list).toMatchObject({ acknowledged: 0, pending: 3 });
  });

  it('lets a responder member acknowledge for the team, once, audited; the change shows who and when', async () => {
    const { change, top, middle } = await announced();
    const responder = await createTestActor(db, 'responder', 'top-oncall');
    await db.teamMember.create({ data: { teamId: top.teamId, userId: responder.userId } });
    // The change page offers the form for the reader's own pending teams only.
    expect((await listAcknowledgements(db, { actor: responder.actor, id: change.id })).youCanAcknowledge).toEqual([top.teamSlug]);

    // A person acknowledges for their team (an API token has no team membership).
    const first = await acknowledgeChange(db, { actor: responder.actor, id: change.id, input: { team: top.teamSlug, note: 'Our client refreshes tokens; checked.' } });
    expect(first).toMatchObject({ team: { slug: top.teamSlug }, acknowledged: true, note: 'Our client refreshes tokens; checked.', acknowledgedBy: responder.email });
    const again = await acknowledgeChange(db, { actor: responder.actor, id: change.id, input: { team: top.teamSlug, note: 'again' } });
    expect(again).toEqual(first);
    expect(await db.auditLog.count({ where: { entityType: 'change', entityId: change.id, action: 'change.acknowledged' } })).toBe(1);

    const viewer = await createTestActor(db, 'viewer');
    const listed = await callRoute(listRoute, { headers: viewer.headers, params: { id: change.id } });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i: { team: { slug: string }; acknowledged: boolean }) => [i.team.slug, i.acknowledged])).toEqual([[top.teamSlug, true], [middle.teamSlug, false]]);
    expect(listed.body.items[0].acknowledgedBy).toBe(responder.email);
    expect(listed.body).toMatchObject({ acknowledged: 1, pending: 1, youCanAcknowledge: [] });
    expect((await listAcknowledgements(db, { actor: responder.actor, id: change.id })).youCanAcknowledge).toEqual([]);

    // The team's inbox item shows it as acknowledged.
    const inbox = await listInbox(db, { actor: responder.actor, input: listInboxQuery.parse({}) });
    expect(inbox.items.find((i) => i.subject.id === change.id)?.acknowledgement).toMatchObject({ acknowledgedAt: first.acknowledgedAt, canAcknowledge: false });
  });

  it('refuses non-members (403), viewers (403) and teams that were not notified (422); admins may', async () => {
    const { change, top, base } = await announced();
    const outsider = await createTestActor(db, 'responder');
    await expect(acknowledgeChange(db, { actor: outsider.actor, id: change.id, input: { team: top.teamSlug, note: '' } }))
      .rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Team top') });
    // Over HTTP with a responder's API token: a token belongs to no team.
    expect((await callRoute(POST, { method: 'POST', headers: outsider.headers, params: { id: change.id }, body: { team: top.teamSlug } })).status).toBe(403);

    const viewer = await createTestActor(db, 'viewer');
    await db.teamMember.create({ data: { teamId: top.teamId, userId: viewer.userId } });
    await expect(acknowledgeChange(db, { actor: viewer.actor, id: change.id, input: { team: top.teamSlug, note: '' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await callRoute(POST, { method: 'POST', headers: viewer.headers, params: { id: change.id }, body: { team: top.teamSlug } })).status).toBe(403);

    const admin = await createTestActor(db, 'admin');
    const notAsked = await callRoute(POST, { method: 'POST', headers: admin.headers, params: { id: change.id }, body: { team: base.teamSlug } });
    expect(notAsked.status).toBe(422);
    expect(notAsked.body.error.issues[0]).toMatchObject({ path: 'team', code: 'not_notified' });
    const unknown = await callRoute(POST, { method: 'POST', headers: admin.headers, params: { id: change.id }, body: { team: uniqueId('nope') } });
    expect(unknown.status).toBe(422);

    expect(await db.changeAcknowledgement.count({ where: { changeId: change.id, acknowledgedAt: { not: null } } })).toBe(0);
    const byAdmin = await callRoute(POST, { method: 'POST', headers: admin.headers, params: { id: change.id }, body: { team: top.teamSlug } });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.acknowledgedBy).toContain(admin.email);
  });
});

describe('the acknowledgement reminder', () => {
  const reminders = (changeId: string) =>
    db.notificationMessage.findMany({ where: { subjectType: 'change', subjectId: changeId, event: 'change_ack_reminder' }, select: { recipientTeamId: true, channelType: true, reason: true, payload: true } });

  it('reminds each unacknowledged team once, before a change starting soon; not acknowledged teams', async () => {
    const { change, top, middle } = await announced(hoursFromNow(3));
    const admin = await createTestActor(db, 'admin');
    await callRoute(POST, { method: 'POST', headers: admin.headers, params: { id: change.id }, body: { team: top.teamSlug } });

    await remindUnacknowledgedChanges(db, { now: new Date(), hours: 4 });
    const sent = await reminders(change.id);
    expect(sent).toEqual([{
      recipientTeamId: middle.teamId, channelType: 'inbox', reason: 'reminder',
      payload: { title: change.title, serviceName: 'Service base', scheduledAt: change.scheduledAt, linkPath: `/changes/${change.id}` },
    }]);
    // The second run (or a second worker) sends nothing more.
    await remindUnacknowledgedChanges(db, { now: new Date(), hours: 4 });
    expect(await reminders(change.id)).toHaveLength(1);
    expect((await listAcknowledgements(db, { actor: admin.actor, id: change.id })).items.find((i) => i.team.slug === middle.teamSlug)?.remindedAt).not.toBeNull();
  });

  it('leaves changes far in the future, past or cancelled alone', async () => {
    const far = await announced(hoursFromNow(30));
    const past = await announced(hoursFromNow(-1));
    const cancelled = await announced(hoursFromNow(2));
    await db.changeEvent.update({ where: { id: cancelled.change.id }, data: { status: 'cancelled' } });
    await remindUnacknowledgedChanges(db, { now: new Date(), hours: 4 });
    for (const c of [far, past, cancelled]) expect(await reminders(c.change.id)).toEqual([]);
    // …and reminds the far one once it comes within the window.
    await remindUnacknowledgedChanges(db, { now: new Date(Date.now() + 27 * 3_600_000), hours: 4 });
    expect(await reminders(far.change.id)).toHaveLength(2);
  });

  it('is registered as a periodic task', async () => {
    const task = periodicTasks.find((t) => t.name === 'change-ack-reminders');
    expect(task?.cron).toMatch(/\*/);
    const { change } = await announced(hoursFromNow(1));
    await task!.run(db, new Date());
    expect(await reminders(change.id)).toHaveLength(2);
  });
});
