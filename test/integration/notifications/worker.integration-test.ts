// The worker as it runs in production: started twice on one database (two app instances),
// woken by the commit of new outbox rows, and stopped and started again without losing any.
import { afterEach, describe, expect, it } from 'vitest';
import { nudgeWorker } from '@/lib/notifications/nudge-worker';
import { startWorker, type StopWorker } from '@/lib/worker/start-worker';
import { createTestActor } from '../../support/actors.ts';
import { testDatabaseUrl, testDb } from '../../support/db.ts';
import { announce, createService, startReceiver, subscribe, waitFor, type Receiver } from './support.ts';

const db = testDb();
const stops: StopWorker[] = [];
const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const quiet = () => {};
// The receivers are on loopback, which targets may not be by default (target-guard.ts).
const loopback = { smtp: null, httpTimeoutMs: 5000, allowPrivateNetworks: true };

describe('the delivery worker', () => {
  it('delivers each message exactly once when two workers share the database', async () => {
    const hook = await startReceiver(() => ({ status: 200, body: 'ok' }));
    receivers.push(hook);
    const service = await createService(db);
    for (let i = 0; i < 12; i++) {
      const u = await createTestActor(db, 'viewer', `w${i}`);
      await subscribe(db, { serviceId: service.id, userId: u.userId, channel: { type: 'webhook', url: `${hook.url}/u${i}` } });
    }
    // Subjects are known only after announcing, so the workers are scoped by a list the test fills.
    const subjects: string[] = [];
    const delivery = { subjectIds: subjects, batchSize: 3, concurrency: 2, channel: loopback };
    // A long sweep interval: the pg_notify of the commit is what wakes them.
    stops.push(await startWorker({ databaseUrl: testDatabaseUrl(), delivery, sweepIntervalMs: 60_000, tasks: [], log: quiet }));
    stops.push(await startWorker({ databaseUrl: testDatabaseUrl(), delivery, sweepIntervalMs: 60_000, tasks: [], log: quiet }));

    const started = Date.now();
    subjects.push(await announce(db, service.id), await announce(db, service.id));
    // The commits' own wake-ups can reach the workers before the test has the subject ids
    // (their pass then sees an empty scope): one more wake-up once the scope is known.
    await nudgeWorker(db);
    await waitFor(async () => (await db.notificationMessage.count({ where: { subjectId: { in: subjects }, status: 'sent' } })) === 24);
    expect(Date.now() - started).toBeLessThan(10_000);

    const ids = hook.received.map((r) => r.headers['x-firebreak-message-id']);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
  });

  it('picks up, after a restart, what was committed while it was stopped', async () => {
    const hook = await startReceiver(() => ({ status: 200, body: 'ok' }));
    receivers.push(hook);
    const service = await createService(db);
    const u = await createTestActor(db, 'viewer');
    await subscribe(db, { serviceId: service.id, userId: u.userId, channel: { type: 'webhook', url: hook.url } });
    const subjects: string[] = [];
    const options = { databaseUrl: testDatabaseUrl(), delivery: { subjectIds: subjects, channel: loopback }, sweepIntervalMs: 60_000, tasks: [], log: quiet };
    const stop = await startWorker(options);
    await stop();
    subjects.push(await announce(db, service.id)); // committed while no worker runs
    stops.push(await startWorker(options));
    await waitFor(async () => (await db.notificationMessage.findFirst({ where: { subjectId: subjects[0], status: 'sent' } })) !== null);
    expect(hook.received).toHaveLength(1);
  });

  it('runs periodic tasks on pg-boss schedules', async () => {
    // Scheduling is pg-boss's: the task is registered as a schedule in the pgboss schema.
    const name = `test-task-${Date.now()}`;
    stops.push(await startWorker({ databaseUrl: testDatabaseUrl(), delivery: { subjectIds: [] }, tasks: [{ name, cron: '*/5 * * * *', run: async () => 0 }], log: quiet }));
    const rows = await db.$queryRawUnsafe<{ name: string; cron: string }[]>('SELECT name, cron FROM pgboss.schedule WHERE name = $1', name);
    expect(rows).toEqual([{ name, cron: '*/5 * * * *' }]);
    await db.$executeRawUnsafe('DELETE FROM pgboss.schedule WHERE name = $1', name);
  });
});
