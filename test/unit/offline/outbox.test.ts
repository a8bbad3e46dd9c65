import { describe, expect, it } from 'vitest';
import { memoryOutboxStore } from '@/lib/offline/idb-store';
import { Outbox, type OutboxItem, type SendResult } from '@/lib/offline/outbox';

/** A server we can take down and bring back, recording what reached it. */
function fakeServer() {
  const received: string[] = [];
  let answer: (item: OutboxItem) => SendResult = () => ({ outcome: 'sent' });
  return {
    received,
    set: (fn: (item: OutboxItem) => SendResult) => (answer = fn),
    send: async (item: OutboxItem): Promise<SendResult> => {
      const r = answer(item);
      if (r.outcome === 'sent') received.push(item.payload.body);
      return r;
    },
  };
}

function setup() {
  let now = 1_000_000;
  const server = fakeServer();
  const store = memoryOutboxStore();
  const make = (owner: string | null = 'user-1') => {
    const outbox = new Outbox({ store, send: server.send, now: () => now, minBackoffMs: 1_000, maxBackoffMs: 8_000 });
    outbox.setOwner(owner);
    return outbox;
  };
  return { server, store, make, advance: (ms: number) => (now += ms), now: () => now };
}

const entry = (incidentId: string, key: string, body = key) => ({ key, incidentId, payload: { kind: 'note', body, occurredAt: '2026-01-01T00:00:00.000Z' } });
const offline: SendResult = { outcome: 'retry', message: 'Failed to fetch' };

describe('outbox', () => {
  it('stores an entry before sending it and forgets it once the server has it', async () => {
    const { server, store, make } = setup();
    const outbox = make();
    let storedBeforeSend = false;
    server.set(() => ((storedBeforeSend = true), { outcome: 'sent' }));
    await outbox.enqueue(entry('i1', 'k1'));
    await outbox.flush();
    expect(storedBeforeSend).toBe(true);
    expect(server.received).toEqual(['k1']);
    expect(await store.getAll()).toEqual([]);
  });

  it('keeps entries pending while the network is down, then sends them once each, in order', async () => {
    const { server, make, advance } = setup();
    const outbox = make();
    server.set(() => offline);
    for (const k of ['first', 'second', 'third']) await outbox.enqueue(entry('i1', k));
    await outbox.flush();
    expect(outbox.list('i1').map((i) => [i.payload.body, i.status])).toEqual([['first', 'pending'], ['second', 'pending'], ['third', 'pending']]);
    expect(outbox.list('i1')[0]!.lastError?.message).toBe('Failed to fetch');

    server.set(() => ({ outcome: 'sent' }));
    await outbox.flush(); // backoff not over yet: nothing is sent early
    expect(server.received).toEqual([]);
    advance(2_000);
    await outbox.flush();
    await outbox.flush();
    expect(server.received).toEqual(['first', 'second', 'third']);
    expect(outbox.list()).toEqual([]);
  });

  it('treats 5xx, 408 and 429 as "retry later" with growing delays', async () => {
    const { server, make, advance, now } = setup();
    const outbox = make();
    server.set(() => ({ outcome: 'retry', status: 503, message: 'Service Unavailable' }));
    await outbox.enqueue(entry('i1', 'k1'));
    await outbox.flush();
    const first = outbox.list()[0]!;
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastError: { status: 503 } });
    expect(first.nextAttemptAt - now()).toBeLessThanOrEqual(1_200);
    advance(first.nextAttemptAt - now());
    await outbox.flush();
    const second = outbox.list()[0]!;
    expect(second.attempts).toBe(2);
    expect(second.nextAttemptAt - now()).toBeGreaterThan(1_200);
  });

  it('marks an entry the server refuses as failed, with its message, without blocking later entries', async () => {
    const { server, make } = setup();
    const outbox = make();
    server.set((item) => (item.payload.body === 'bad' ? { outcome: 'failed', status: 422, message: 'Some fields are not valid: body.' } : { outcome: 'sent' }));
    await outbox.enqueue(entry('i1', 'bad'));
    await outbox.enqueue(entry('i1', 'good'));
    await outbox.flush();
    expect(server.received).toEqual(['good']);
    expect(outbox.list()).toMatchObject([{ key: 'bad', status: 'failed', lastError: { status: 422, message: 'Some fields are not valid: body.' } }]);

    await outbox.retry('bad', { body: 'fixed' });
    await outbox.flush();
    expect(server.received).toEqual(['good', 'fixed']);
    expect(outbox.list()).toEqual([]);
  });

  it('lets the user discard a pending entry so it is never sent', async () => {
    const { server, make, advance } = setup();
    const outbox = make();
    server.set(() => offline);
    await outbox.enqueue(entry('i1', 'keep'));
    await outbox.enqueue(entry('i1', 'drop'));
    await outbox.flush();
    await outbox.discard('drop');
    server.set(() => ({ outcome: 'sent' }));
    advance(60_000);
    await outbox.flush();
    expect(server.received).toEqual(['keep']);
  });

  it('does not hold one incident’s entries behind another incident’s outage', async () => {
    const { server, make } = setup();
    const outbox = make();
    server.set((item) => (item.incidentId === 'down' ? offline : { outcome: 'sent' }));
    await outbox.enqueue(entry('down', 'a'));
    await outbox.enqueue(entry('up', 'b'));
    await outbox.flush();
    expect(server.received).toEqual(['b']);
    expect(outbox.list().map((i) => i.key)).toEqual(['a']);
  });

  it('survives a reload: a new outbox over the same storage resumes, in order, after wake()', async () => {
    const { server, make } = setup();
    server.set(() => offline);
    const before = make();
    await before.enqueue(entry('i1', 'one'));
    await before.enqueue(entry('i1', 'two'));
    await before.flush();

    const after = make(); // the page was reloaded
    await after.load();
    expect(after.list('i1').map((i) => i.key)).toEqual(['one', 'two']);
    server.set(() => ({ outcome: 'sent' }));
    await after.wake(); // the browser's "online" event: skip the remaining backoff
    expect(server.received).toEqual(['one', 'two']);
  });

  it('sends each entry once even when flushes overlap', async () => {
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const store = memoryOutboxStore();
    const outbox = new Outbox({ store, send: async (item) => (await gate, sent.push(item.key), { outcome: 'sent' }) });
    outbox.setOwner('user-1');
    await outbox.enqueue(entry('i1', 'k1'));
    const runs = [outbox.flush(), outbox.flush(), outbox.wake()];
    release();
    await Promise.all(runs);
    expect(sent).toEqual(['k1']);
  });

  it('counts a thrown send as a network failure', async () => {
    const store = memoryOutboxStore();
    const outbox = new Outbox({ store, send: async () => Promise.reject(new TypeError('Failed to fetch')) });
    outbox.setOwner('user-1');
    await outbox.enqueue(entry('i1', 'k1'));
    await outbox.flush();
    expect(outbox.list()).toMatchObject([{ status: 'pending', attempts: 1, lastError: { message: 'Failed to fetch' } }]);
  });

  it('sends nothing before it knows who is signed in, and only that person’s entries', async () => {
    const { server, make } = setup();
    const anon = make(null);
    await anon.enqueue(entry('i1', 'unknown-yet'));
    await anon.flush();
    expect(server.received).toEqual([]);

    const alice = make('alice');
    await alice.enqueue(entry('i1', 'from-alice'));
    await alice.flush();
    // "unknown-yet" had no owner recorded: the first person signed in sends it.
    expect(server.received.sort()).toEqual(['from-alice', 'unknown-yet']);

    server.set(() => offline);
    await alice.enqueue(entry('i1', 'alice-offline'));
    await alice.flush();
    const bob = make('bob'); // Bob signs in on the same browser before Alice's entry went out
    server.received.length = 0;
    await bob.load();
    server.set(() => ({ outcome: 'sent' }));
    await bob.flush();
    expect(server.received).toEqual([]);
    expect(bob.list('i1').map((i) => [i.key, bob.isSendable(i)])).toEqual([['alice-offline', false]]);
  });
});
