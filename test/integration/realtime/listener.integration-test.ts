// Two listeners stand for two app instances over one database: both must hear a committed
// change, neither may hear a rolled-back one, and a dropped LISTEN connection must come back
// and tell its subscribers to resync.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListenerMessage } from '@/lib/realtime/events';
import { IncidentEventListener } from '@/lib/realtime/listener';
import { publishIncidentEvent } from '@/lib/realtime/publish';
import { testDatabaseUrl, testDb, uniqueId } from '../../support/db';

const open: IncidentEventListener[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

function startListener(applicationName = uniqueId('listener')) {
  const l = new IncidentEventListener({ connectionString: testDatabaseUrl(), applicationName, minBackoffMs: 50, maxBackoffMs: 200 });
  open.push(l);
  return l;
}

/** Collects one incident's messages and resolves waiters when a matching one arrives. */
function collect(listener: IncidentEventListener, incidentId: string) {
  const seen: ListenerMessage[] = [];
  const waiters: { match: (m: ListenerMessage) => boolean; resolve: () => void }[] = [];
  listener.subscribe(incidentId, (m) => {
    seen.push(m);
    for (const w of waiters.filter((x) => x.match(m))) w.resolve();
  });
  const waitFor = (match: (m: ListenerMessage) => boolean, ms = 5_000) =>
    seen.some(match)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`timed out; saw ${JSON.stringify(seen)}`)), ms);
          waiters.push({ match, resolve: () => (clearTimeout(timer), resolve()) });
        });
  return { seen, waitFor };
}

const isEntry = (entryId: string) => (m: ListenerMessage) => m.type === 'event' && m.event.entryId === entryId;

describe('incident event listener', () => {
  it('delivers a committed event to every instance, and never a rolled-back one', async () => {
    const incidentId = randomUUID();
    const [a, b] = [startListener(), startListener()];
    const [seenA, seenB] = [collect(a, incidentId), collect(b, incidentId)];
    expect(await a.ready()).toBe(true);
    expect(await b.ready()).toBe(true);

    const db = testDb();
    await expect(
      db.$transaction(async (tx) => {
        await publishIncidentEvent(tx, { incidentId, kind: 'timeline.created', entryId: 'rolled-back' });
        throw new Error('roll it back');
      }),
    ).rejects.toThrow('roll it back');
    await db.$transaction(async (tx) => {
      await publishIncidentEvent(tx, { incidentId, kind: 'timeline.created', entryId: 'committed' });
    });

    // Notifications arrive in commit order: once "committed" is here, "rolled-back" had its chance.
    await Promise.all([seenA.waitFor(isEntry('committed')), seenB.waitFor(isEntry('committed'))]);
    for (const { seen } of [seenA, seenB]) {
      expect(seen).toEqual([{ type: 'event', event: { incidentId, kind: 'timeline.created', entryId: 'committed' } }]);
    }
  });

  it('delivers nothing before the transaction commits', async () => {
    const incidentId = randomUUID();
    const l = startListener();
    const { seen, waitFor } = collect(l, incidentId);
    await l.ready();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = testDb().$transaction(async (t) => {
      await publishIncidentEvent(t, { incidentId, kind: 'incident.updated' });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([]);
    release();
    await tx;
    await waitFor((m) => m.type === 'event' && m.event.kind === 'incident.updated');
  });

  it('only hands an incident’s events to that incident’s subscribers', async () => {
    const [mine, other] = [randomUUID(), randomUUID()];
    const l = startListener();
    const a = collect(l, mine);
    const b = collect(l, other);
    await l.ready();
    await publishIncidentEvent(testDb(), { incidentId: other, kind: 'timeline.deleted', entryId: 'x' });
    await publishIncidentEvent(testDb(), { incidentId: mine, kind: 'timeline.updated', entryId: 'y' });
    await a.waitFor(isEntry('y'));
    await b.waitFor(isEntry('x'));
    expect(a.seen).toHaveLength(1);
    expect(b.seen).toHaveLength(1);
  });

  it('reconnects after its connection is killed, asks subscribers to resync, and keeps delivering', async () => {
    const incidentId = randomUUID();
    const name = uniqueId('listener-kill');
    const l = startListener(name);
    const { waitFor } = collect(l, incidentId);
    await l.ready();

    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      const killed = await admin.query('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1', [name]);
      expect(killed.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await waitFor((m) => m.type === 'resync');
    expect(l.isListening).toBe(true);
    await publishIncidentEvent(testDb(), { incidentId, kind: 'timeline.created', entryId: 'after-reconnect' });
    await waitFor(isEntry('after-reconnect'));
  });
});
