// The one outbox of this browser tab, wired to the things that tell it to try again: the
// browser coming back online, the tab becoming visible, and a timer for backoff retries
// (`online` is not reliable: a captive portal or a dead server looks "online").
import { idbOutboxStore, memoryOutboxStore } from './idb-store.ts';
import { Outbox } from './outbox.ts';
import { httpSender } from './send-entry.ts';

let instance: Outbox | null = null;

const crossTabLock = (run: () => Promise<void>): Promise<void> =>
  typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('firebreak-outbox', run).then(() => undefined) : run();

export function getBrowserOutbox(): Outbox {
  if (instance) return instance;
  const outbox = new Outbox({
    store: typeof indexedDB === 'undefined' ? memoryOutboxStore() : idbOutboxStore(),
    send: httpSender(),
    lock: crossTabLock,
  });
  instance = outbox;
  window.addEventListener('online', () => void outbox.wake());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void outbox.flush();
  });
  setInterval(() => {
    const due = outbox.nextDueAt();
    if (due !== null && due <= Date.now()) void outbox.flush();
  }, 1_000);
  void outbox.load().then(() => outbox.flush());
  return outbox;
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; fall back for plain http on a LAN). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
