// The outbox's storage in the browser: IndexedDB through idb-keyval (survives reloads, crashes
// and closed tabs, and unlike localStorage is shared safely between tabs).
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { OutboxItem, OutboxStore } from './outbox.ts';

export function idbOutboxStore(dbName = 'firebreak-outbox', storeName = 'timeline-entries'): OutboxStore {
  let store: UseStore | null = null;
  // Created lazily: idb-keyval opens the database as soon as the store is made.
  const s = () => (store ??= createStore(dbName, storeName));
  return {
    async getAll() {
      return (await entries<string, OutboxItem>(s())).map(([, v]) => v);
    },
    put: (item) => set(item.key, item, s()),
    delete: (key) => del(key, s()),
  };
}

/** For tests and browsers without IndexedDB (private modes of some browsers). */
export function memoryOutboxStore(): OutboxStore {
  const map = new Map<string, OutboxItem>();
  return {
    getAll: async () => [...map.values()].map((v) => structuredClone(v)),
    put: async (item) => void map.set(item.key, structuredClone(item)),
    delete: async (key) => void map.delete(key),
  };
}
