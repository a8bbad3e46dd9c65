// The overdue action-item reminder (a periodic task) on a real PostgreSQL: the owner hears once
// per item and due date (inbox + email), a changed due date re-arms it, and done, not yet due
// and ownerless items are left alone.
import { describe, expect, it } from 'vitest';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { remindOverdueActionItems } from '@/lib/action-items/remind-overdue-action-items';
import { updateActionItem } from '@/lib/action-items/update-action-item';
import { periodicTasks } from '@/lib/worker/periodic-tasks';
import { createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';

const db = testDb();

const day = (offset: number, from = new Date()) => new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

async function messagesFor(itemIds: string[]) {
  return db.notificationMessage.findMany({ where: { subjectType: 'action_item', subjectId: { in: itemIds } }, orderBy: [{ createdAt: 'asc' }, { channelType: 'asc' }] });
}

describe('overdue action-item reminders', () => {
  it('is a registered periodic task', () => {
    expect(periodicTasks.map((t) => t.name)).toContain('action-item-overdue-reminders');
  });

  it('tells the owner once per item and due date; a new due date re-arms it; done, future and ownerless items are skipped', async () => {
    const owner = await createTestActor(db, 'responder');
    const incident = await declare(db, owner.actor);
    const make = (over: Record<string, unknown>) =>
      createActionItem(db, { actor: owner.actor, input: { incident: incident.id, kind: 'prevent', title: 'Alert on pool exhaustion', ownerUserId: owner.userId, dueDate: day(-2), priority: 'P2', status: 'open', externalUrl: null, ...over } });
    const overdue = await make({});
    const inProgress = await make({ title: 'Runbook for failover', status: 'in_progress', dueDate: day(-1) });
    const done = await make({ title: 'Rotate the token', status: 'done' });
    const future = await make({ title: 'Load test', dueDate: day(3) });
    const dueToday = await make({ title: 'Due today', dueDate: day(0) });
    const ownerless = await make({ title: 'Nobody owns this', ownerUserId: null });
    const all = [overdue, inProgress, done, future, dueToday, ownerless].map((i) => i.id);

    const now = new Date();
    expect(await remindOverdueActionItems(db, now)).toBeGreaterThanOrEqual(2);
    const first = await messagesFor(all);
    expect(first.map((m) => `${m.subjectId === overdue.id ? 'overdue' : m.subjectId === inProgress.id ? 'inProgress' : 'other'}:${m.channelType}`).sort()).toEqual([
      'inProgress:email',
      'inProgress:inbox',
      'overdue:email',
      'overdue:inbox',
    ]);
    const msg = first.find((m) => m.subjectId === overdue.id && m.channelType === 'inbox')!;
    // The inbox copy is delivered when written; the email copy waits for the worker.
    expect(msg).toMatchObject({ event: 'action_item_overdue', recipientUserId: owner.userId, reason: 'reminder', status: 'sent' });
    expect(first.find((m) => m.subjectId === overdue.id && m.channelType === 'email')).toMatchObject({ status: 'pending' });
    expect(msg.payload).toEqual({ title: 'Alert on pool exhaustion', incidentRef: incident.reference, dueDate: day(-2), linkPath: `/incidents/${incident.reference}/postmortem` });

    // A second run (a retry after a crash, another worker) sends nothing more.
    await remindOverdueActionItems(db, now);
    expect(await messagesFor(all)).toHaveLength(4);

    // A new due date re-arms the reminder; it fires again only once that date has passed.
    await updateActionItem(db, { actor: owner.actor, id: overdue.id, input: { version: overdue.version, dueDate: day(2) } });
    await remindOverdueActionItems(db, now);
    expect(await messagesFor([overdue.id])).toHaveLength(2);
    // Finished before its due date: never reminded.
    await updateActionItem(db, { actor: owner.actor, id: future.id, input: { version: future.version, status: 'done' } });
    const later = new Date(now.getTime() + 4 * 86_400_000);
    await remindOverdueActionItems(db, later);
    const again = await messagesFor([overdue.id]);
    expect(again).toHaveLength(4);
    expect(again.at(-1)!.payload).toMatchObject({ dueDate: day(2) });

    expect(await messagesFor([done.id, ownerless.id, future.id])).toHaveLength(0);
    // The item due today became overdue "later" and was reminded then.
    expect(await messagesFor([dueToday.id])).toHaveLength(2);
  });
});
