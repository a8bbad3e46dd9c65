import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbOutboxStore } from '@/lib/offline/idb-store';
import { Outbox } from '@/lib/offline/outbox';

describe('IndexedDB outbox store', () => {
  it('keeps pending entries across outbox instances (a page reload)', async () => {
    const name = `outbox-${Math.random()}`;
    const first = new Outbox({ store: idbOutboxStore(name), send: async () => ({ outcome: 'retry', message: 'offline' }) });
    first.setOwner('user-1');
    await first.enqueue({ key: 'k1', incidentId: 'i1', payload: { kind: 'note', body: 'typed offline', occurredAt: '2026-01-01T00:00:00.000Z' } });
    await first.flush();

    const sent: string[] = [];
    const second = new Outbox({ store: idbOutboxStore(name), send: async (i) => (sent.push(i.payload.body), { outcome: 'sent' }) });
    second.setOwner('user-1');
    await second.load();
    expect(second.list('i1')).toMatchObject([{ key: 'k1', status: 'pending', attempts: 1 }]);
    await second.wake();
    expect(sent).toEqual(['typed offline']);
    expect(await idbOutboxStore(name).getAll()).toEqual([]);
  });
});
