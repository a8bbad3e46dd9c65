// A PostgreSQL restart under a running app: the route handlers are pointed at a cluster this
// test owns; while it is stopped every API request answers 503 with Retry-After and the JSON
// error body (code `unavailable`) — the token lookup included, which answered 500 before —
// and nothing is written; once it is started again the same handlers, pool and realtime
// listener serve again without restarting anything.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as getMe } from '@/app/api/v1/me/route';
import { GET as listServices, POST as createService } from '@/app/api/v1/services/route';
import { resetEnvCache } from '@/lib/config/env';
import { createDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import type { ListenerMessage } from '@/lib/realtime/events';
import { IncidentEventListener } from '@/lib/realtime/listener';
import { publishIncidentEvent } from '@/lib/realtime/publish';
import { nudgeWorker } from '@/lib/notifications/nudge-worker';
import { startWorker } from '@/lib/worker/start-worker';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { uniqueId } from '../../support/db.ts';
import { announce, createService as createNotifiedService, startReceiver, subscribe, waitFor } from '../notifications/support.ts';
import { canOwnCluster, createOwnedCluster, type OwnedCluster } from '../../support/owned-cluster.ts';

const globalForDb = globalThis as unknown as { firebreakDb?: Db };
const previous = { url: process.env.DATABASE_URL, db: globalForDb.firebreakDb };

let cluster: OwnedCluster;
let db: Db;
let viewer: TestActor;
let responder: TestActor;

beforeAll(async () => {
  cluster = await createOwnedCluster('fb_outage');
  await applyMigrations(cluster.url, { log: () => {} });
  // The app's own client (getDb()) now serves from the owned cluster, as in production.
  process.env.DATABASE_URL = cluster.url;
  resetEnvCache();
  globalForDb.firebreakDb = undefined;
  db = createDb(cluster.url, { max: 2 });
  viewer = await createTestActor(db, 'viewer');
  responder = await createTestActor(db, 'responder');
}, 120_000);

afterAll(async () => {
  await globalForDb.firebreakDb?.$disconnect().catch(() => {});
  await db?.$disconnect().catch(() => {});
  globalForDb.firebreakDb = previous.db;
  process.env.DATABASE_URL = previous.url;
  resetEnvCache();
  cluster?.drop();
});

function expectUnavailable(res: { status: number; body: { error?: { code: string; message: string; requestId: string } }; headers: Headers }) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  expect(res.body.error?.code).toBe('unavailable');
  expect(res.body.error?.message).toMatch(/database is unavailable/);
  expect(res.body.error?.requestId).toBe(res.headers.get('x-request-id'));
}

async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.runIf(canOwnCluster())('a database restart under the running app', () => {
  it('answers 503 + Retry-After + the JSON error body while PostgreSQL is down, and recovers by itself', async () => {
    const incidentId = randomUUID();
    const seen: ListenerMessage[] = [];
    const listener = new IncidentEventListener({ connectionString: cluster.url, applicationName: uniqueId('outage-listener'), minBackoffMs: 100, maxBackoffMs: 1_000 });
    listener.subscribe(incidentId, (m) => seen.push(m));
    try {
      expect((await callRoute(getMe, { path: '/api/v1/me', headers: viewer.headers })).status).toBe(200);
      expect((await callRoute(health, { path: '/api/health' })).status).toBe(200);
      expect(await listener.ready()).toBe(true);

      cluster.stop();

      // The token lookup, a list, a write: 503, never 500.
      expectUnavailable(await callRoute(getMe, { path: '/api/v1/me', headers: viewer.headers }));
      expectUnavailable(await callRoute(listServices, { path: '/api/v1/services', headers: viewer.headers }));
      const slug = uniqueId('svc');
      expectUnavailable(await callRoute(createService, { method: 'POST', path: '/api/v1/services', headers: responder.headers, body: { slug, name: 'During the outage' } }));
      const down = await callRoute(health, { path: '/api/health' });
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(down.body).toMatchObject({ status: 'unavailable', database: 'unreachable' });

      cluster.start();

      // Same handlers, same pool: back without a restart of anything.
      const me = await eventually(() => callRoute(getMe, { path: '/api/v1/me', headers: viewer.headers }), (r) => r.status === 200);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ role: 'viewer', label: expect.stringContaining(viewer.email) });
      expect((await callRoute(health, { path: '/api/health' })).status).toBe(200);
      // The write refused during the outage did not happen.
      expect(await db.service.findUnique({ where: { slug } })).toBeNull();

      // The realtime listener came back too, told its subscribers to resync, and delivers again.
      await eventually(async () => seen.some((m) => m.type === 'resync'), Boolean);
      expect(seen.some((m) => m.type === 'resync')).toBe(true);
      await publishIncidentEvent(db, { incidentId, kind: 'timeline.created', entryId: 'after-restart' });
      await eventually(async () => seen.some((m) => m.type === 'event' && m.event.entryId === 'after-restart'), Boolean, 5_000);
      expect(seen.some((m) => m.type === 'event' && m.event.entryId === 'after-restart')).toBe(true);
    } finally {
      await listener.close();
    }
  }, 120_000);

  it('the worker listens again after the restart: a change announced afterwards is delivered at once', async () => {
    const hook = await startReceiver(() => ({ status: 200, body: 'ok' }));
    const subjects: string[] = [];
    // A long sweep: only the LISTEN wake-up can deliver within the test's time.
    const stop = await startWorker({
      databaseUrl: cluster.url,
      delivery: { subjectIds: subjects, channel: { smtp: null, httpTimeoutMs: 5000, allowPrivateNetworks: true } },
      sweepIntervalMs: 600_000,
      tasks: [],
      log: () => {},
    });
    try {
      const service = await createNotifiedService(db);
      await subscribe(db, { serviceId: service.id, userId: viewer.userId, channel: { type: 'webhook', url: hook.url } });
      cluster.stop();
      await new Promise((r) => setTimeout(r, 1_000));
      cluster.start();
      await eventually(async () => (await callRoute(health, { path: '/api/health' })).status, (s) => s === 200);
      subjects.push(await announce(db, service.id));
      // The listener reconnects with backoff: wake-ups (pg_notify) reach it once it listens again.
      await waitFor(async () => {
        await nudgeWorker(db);
        return (await db.notificationMessage.count({ where: { subjectId: { in: subjects }, status: 'sent' } })) === 1;
      }, 20_000);
      expect(hook.received).toHaveLength(1);
    } finally {
      await stop();
      await hook.close();
    }
  }, 120_000);
});
