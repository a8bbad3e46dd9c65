// The in-app inbox on a real PostgreSQL: who sees which messages (their own and their teams',
// never anyone else's), read state per person on shared team messages, and the unread count.
import { describe, expect, it } from 'vitest';
import { POST as markRead } from '@/app/api/v1/inbox/read/route';
import { GET as listRoute } from '@/app/api/v1/inbox/route';
import { GET as unreadRoute } from '@/app/api/v1/inbox/unread-count/route';
import { announceChange } from '@/lib/changes/announce-change';
import type { AnnounceChangeInput } from '@/lib/changes/schemas';
import { countUnread } from '@/lib/inbox/count-unread';
import { listInbox } from '@/lib/inbox/list-inbox';
import { markInboxRead } from '@/lib/inbox/mark-inbox-read';
import { listInboxQuery } from '@/lib/inbox/schemas';
import { createSubscription } from '@/lib/subscriptions/create-subscription';
import { createSubscriptionInput } from '@/lib/subscriptions/schemas';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createChain, hoursFromNow } from '../changes/support.ts';

const db = testDb();

const announceInput = (service: string, over: Partial<AnnounceChangeInput> = {}): AnnounceChangeInput => ({
  service, kind: 'credential', title: uniqueId('token lifetime'), description: '', risk: 'high', scheduledAt: hoursFromNow(48),
  expectedImpact: '', rollbackPlan: '', externalRef: '', ...over,
});

const member = (teamId: string, userId: string) => db.teamMember.create({ data: { teamId, userId } });
const all = listInboxQuery.parse({});

describe('the inbox', () => {
  it('shows a person their own messages and their teams\', nobody else\'s', async () => {
    const { top, middle, base } = await createChain(db);
    const topMember = await createTestActor(db, 'responder', 'top');
    const middleMember = await createTestActor(db, 'viewer', 'middle');
    const loner = await createTestActor(db, 'viewer', 'loner');
    const outsider = await createTestActor(db, 'viewer', 'outsider');
    await member(top.teamId, topMember.userId);
    await member(middle.teamId, middleMember.userId);
    await createSubscription(db, { actor: loner.actor, input: createSubscriptionInput.parse({ service: base.slug, events: ['change_announced'], channel: { type: 'inbox' } }) });
    const announcer = await createTestActor(db, 'responder');
    const { change } = await announceChange(db, { actor: announcer.actor, input: announceInput(base.slug, { scheduledAt: hoursFromNow(2) }) });

    const topInbox = await listInbox(db, { actor: topMember.actor, input: all });
    expect(topInbox.items).toHaveLength(1);
    expect(topInbox.items[0]).toMatchObject({
      event: 'change_announced', read: false, team: { slug: top.teamSlug, name: 'Team top' }, reason: 'owner_of_dependent',
      subject: { type: 'change', id: change.id }, title: change.title, service: { slug: base.slug, name: 'Service base' },
      shortNotice: true, scheduledAt: change.scheduledAt, path: `/changes/${change.id}`,
      acknowledgement: { team: { slug: top.teamSlug }, acknowledgedAt: null, canAcknowledge: true },
    });
    expect(topInbox.unread).toBe(1);

    const middleInbox = await listInbox(db, { actor: middleMember.actor, input: all });
    expect(middleInbox.items.map((i) => i.team?.slug)).toEqual([middle.teamSlug]);
    // A viewer reads the message but cannot acknowledge for the team.
    expect(middleInbox.items[0]!.acknowledgement).toMatchObject({ canAcknowledge: false });

    const own = await listInbox(db, { actor: loner.actor, input: all });
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ team: null, reason: 'subscribed', acknowledgement: null, title: change.title });

    expect((await listInbox(db, { actor: outsider.actor, input: all })).items).toEqual([]);
    expect(await countUnread(db, { actor: outsider.actor })).toBe(0);
  });

  it('keeps read state per person on a team message, and counts unread for each', async () => {
    const { top, base } = await createChain(db);
    const ann = await createTestActor(db, 'responder');
    const bob = await createTestActor(db, 'viewer');
    await member(top.teamId, ann.userId);
    await member(top.teamId, bob.userId);
    const announcer = await createTestActor(db, 'responder');
    await announceChange(db, { actor: announcer.actor, input: announceInput(base.slug) });
    await announceChange(db, { actor: announcer.actor, input: announceInput(base.slug) });

    const first = await listInbox(db, { actor: ann.actor, input: all });
    expect(first.items).toHaveLength(2);
    const result = await markInboxRead(db, { actor: ann.actor, input: { ids: [first.items[0]!.id] } });
    expect(result).toEqual({ marked: 1, unread: 1 });
    // Idempotent: marking again changes nothing.
    expect(await markInboxRead(db, { actor: ann.actor, input: { ids: [first.items[0]!.id] } })).toEqual({ marked: 0, unread: 1 });

    const annNow = await listInbox(db, { actor: ann.actor, input: all });
    expect(annNow.items.map((i) => i.read)).toEqual([true, false]);
    const annUnread = await listInbox(db, { actor: ann.actor, input: listInboxQuery.parse({ unread: 'true' }) });
    expect(annUnread.items.map((i) => i.id)).toEqual([first.items[1]!.id]);
    // Bob's copy of the same team message is still unread.
    expect(await countUnread(db, { actor: bob.actor })).toBe(2);
    expect((await listInbox(db, { actor: bob.actor, input: all })).items.map((i) => i.read)).toEqual([false, false]);

    expect(await markInboxRead(db, { actor: bob.actor, input: { all: true } })).toEqual({ marked: 2, unread: 0 });
    expect(await countUnread(db, { actor: ann.actor })).toBe(1);
  });

  it('ignores ids outside the reader\'s inbox', async () => {
    const { top, base } = await createChain(db);
    const insider = await createTestActor(db, 'viewer');
    const outsider = await createTestActor(db, 'viewer');
    await member(top.teamId, insider.userId);
    await announceChange(db, { actor: (await createTestActor(db, 'responder')).actor, input: announceInput(base.slug) });
    const [item] = (await listInbox(db, { actor: insider.actor, input: all })).items;
    expect(await markInboxRead(db, { actor: outsider.actor, input: { ids: [item!.id] } })).toEqual({ marked: 0, unread: 0 });
    expect(await db.notificationRead.count({ where: { messageId: item!.id } })).toBe(0);
  });

  it('answers over HTTP: list with cursor, unread count, mark read; refuses API tokens (no person)', async () => {
    const { top, base } = await createChain(db);
    const reader = await createTestActor(db, 'viewer');
    await member(top.teamId, reader.userId);
    const announcer = await createTestActor(db, 'responder');
    for (let i = 0; i < 3; i++) await announceChange(db, { actor: announcer.actor, input: announceInput(base.slug) });
    // Route handlers authenticate by token; the inbox needs a person, so a token is refused.
    const byToken = await callRoute(unreadRoute, { headers: reader.headers, path: '/api/v1/inbox/unread-count' });
    expect(byToken.status).toBe(403);
    expect((await callRoute(listRoute, { headers: reader.headers, path: '/api/v1/inbox' })).status).toBe(403);
    const badBody = await callRoute(markRead, { method: 'POST', headers: reader.headers, body: { ids: ['not-a-uuid'] } });
    expect(badBody.status).toBe(422);

    const page1 = await listInbox(db, { actor: reader.actor, input: listInboxQuery.parse({ limit: '2' }) });
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await listInbox(db, { actor: reader.actor, input: listInboxQuery.parse({ limit: '2', cursor: page1.nextCursor }) });
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(3);
    await expect(listInbox(db, { actor: reader.actor, input: listInboxQuery.parse({ cursor: 'nonsense' }) })).rejects.toMatchObject({ code: 'invalid' });
  });
});
