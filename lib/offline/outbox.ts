// The browser's outbox for timeline entries: nothing typed during an outage is lost to a bad
// network or a struggling server. Every entry is written here first (with its Idempotency-Key),
// shown as pending, then sent. Per incident, entries go out strictly in the order they were
// written: while the oldest waits for a retry, the ones after it wait too. Retries are safe
// because the server treats a repeated Idempotency-Key as the same entry.
// Storage, sending and the clock are injected, so the ordering and retry rules are unit-tested.
import { coalescingRunner } from '../kernel/coalescing-runner.ts';
import type { ErrorIssue } from '../errors/app-error.ts';
import { nextBackoffMs } from '../realtime/backoff.ts';

export interface OutboxPayload {
  kind: string;
  body: string;
  /** When it happened, if the user said so; otherwise see `occurredAtFor`. */
  occurredAt?: string;
  highlighted?: boolean;
}

export interface OutboxItem {
  /** The Idempotency-Key, generated once when the user submits; also the item's id. */
  key: string;
  incidentId: string;
  /** Who wrote it (user id): only sent while that person is signed in on this browser. */
  owner?: string | null;
  payload: OutboxPayload;
  /** Order of writing (per browser profile), for in-order delivery. */
  seq: number;
  createdAt: number;
  status: 'pending' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  /** Why the last attempt did not go through: the server's code and issues when it answered. */
  lastError?: SendRefusal;
}

export interface SendRefusal {
  status?: number;
  /** The server's own sentence (English): kept for logs; the reader sees `code` presented. */
  message: string;
  code?: string;
  issues?: ErrorIssue[];
}

export interface OutboxStore {
  getAll(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  delete(key: string): Promise<void>;
}

/** What came of one attempt: sent, worth retrying later, or refused for good. */
export type SendResult =
  | { outcome: 'sent'; entry?: unknown }
  | ({ outcome: 'retry' } & SendRefusal)
  | ({ outcome: 'failed'; status: number } & SendRefusal);

export type Sender = (item: OutboxItem) => Promise<SendResult>;

export type OutboxListener = (change: { items: OutboxItem[]; sent?: { item: OutboxItem; entry?: unknown } }) => void;

export interface OutboxOptions {
  store: OutboxStore;
  send: Sender;
  now?: () => number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Serialises flushes across tabs (navigator.locks in the browser). */
  lock?: (run: () => Promise<void>) => Promise<void>;
}

/**
 * What to send as occurredAt. A time the user chose wins. Otherwise an entry sent at once
 * leaves it to the server's clock (consistent with everyone else's entries), while one that
 * waited in the outbox keeps the moment it was written, not the moment the network came back.
 */
export function occurredAtFor(item: Pick<OutboxItem, 'payload' | 'createdAt'>, now: number, freshMs = 30_000): string | undefined {
  if (item.payload.occurredAt) return item.payload.occurredAt;
  return now - item.createdAt > freshMs ? new Date(item.createdAt).toISOString() : undefined;
}

/** Which HTTP statuses mean "try again later" rather than "this entry is refused". */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

export const bySeq = (a: OutboxItem, b: OutboxItem) => a.seq - b.seq || a.createdAt - b.createdAt;

export class Outbox {
  private readonly store: OutboxStore;
  private readonly send: Sender;
  private readonly now: () => number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly lock: (run: () => Promise<void>) => Promise<void>;
  private readonly listeners = new Set<OutboxListener>();
  private items: OutboxItem[] = [];
  private loaded: Promise<void> | null = null;
  private readonly flusher = coalescingRunner(async () => {
    await this.load();
    await this.lock(() => this.flushOnce());
  });
  private owner: string | null = null;

  constructor(opts: OutboxOptions) {
    this.store = opts.store;
    this.send = opts.send;
    this.now = opts.now ?? Date.now;
    this.minBackoffMs = opts.minBackoffMs ?? 1_000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 30_000;
    this.lock = opts.lock ?? ((run) => run());
  }

  /** Reads what earlier page loads left behind. Safe to call more than once. */
  load(): Promise<void> {
    this.loaded ??= this.store.getAll().then((all) => {
      this.items = all.sort(bySeq);
      this.emit();
    });
    return this.loaded;
  }

  /**
   * The person signed in on this page. Nothing is sent until it is known, and entries another
   * person wrote on this browser wait for them: sending them now would sign them with the
   * wrong name.
   */
  setOwner(userId: string | null): void {
    const changed = this.owner !== userId;
    this.owner = userId;
    if (changed && userId) void this.flush();
  }

  isSendable(item: OutboxItem): boolean {
    return this.owner !== null && (item.owner ?? this.owner) === this.owner;
  }

  list(incidentId?: string): OutboxItem[] {
    return incidentId ? this.items.filter((i) => i.incidentId === incidentId) : [...this.items];
  }

  subscribe(fn: OutboxListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Stores the entry first (it survives a reload from here on), then tries to send. */
  async enqueue(input: { key: string; incidentId: string; payload: OutboxPayload }): Promise<OutboxItem> {
    await this.load();
    const at = this.now();
    const lastSeq = this.items.reduce((m, i) => Math.max(m, i.seq), 0);
    const item: OutboxItem = { ...input, owner: this.owner, seq: Math.max(lastSeq + 1, at), createdAt: at, status: 'pending', attempts: 0, nextAttemptAt: at };
    await this.store.put(item);
    this.items = [...this.items, item].sort(bySeq);
    this.emit();
    void this.flush();
    return item;
  }

  async discard(key: string): Promise<void> {
    await this.load();
    await this.store.delete(key);
    this.items = this.items.filter((i) => i.key !== key);
    this.emit();
  }

  /** Puts a failed (or waiting) entry back in line now, optionally with an edited body. */
  async retry(key: string, payload?: Partial<OutboxPayload>): Promise<void> {
    await this.load();
    const item = this.items.find((i) => i.key === key);
    if (!item) return;
    await this.replace({ ...item, payload: { ...item.payload, ...payload }, status: 'pending', nextAttemptAt: this.now(), lastError: undefined });
    void this.flush();
  }

  /** The connection is back: stop waiting out the backoff and send everything now. */
  async wake(): Promise<void> {
    await this.load();
    const at = this.now();
    for (const item of this.items.filter((i) => i.status === 'pending' && i.nextAttemptAt > at)) {
      await this.replace({ ...item, nextAttemptAt: at });
    }
    await this.flush();
  }

  /** When the next retry is due (ms since epoch), or null when nothing is waiting. */
  nextDueAt(): number | null {
    const due = this.items.filter((i) => i.status === 'pending' && this.isSendable(i)).map((i) => i.nextAttemptAt);
    return due.length ? Math.min(...due) : null;
  }

  /** Sends what is due, oldest first per incident. Concurrent calls share one run. */
  flush(): Promise<void> {
    return this.flusher.run();
  }

  private async flushOnce(): Promise<void> {
    // The store is the truth: another tab may have sent, discarded or added entries.
    this.items = (await this.store.getAll()).sort(bySeq);
    this.emit();
    const waiting = new Set<string>();
    for (const item of [...this.items]) {
      if (item.status !== 'pending' || waiting.has(item.incidentId) || !this.isSendable(item)) continue;
      if (!this.items.some((i) => i.key === item.key)) continue; // discarded meanwhile
      if (item.nextAttemptAt > this.now()) {
        waiting.add(item.incidentId);
        continue;
      }
      let result: SendResult;
      try {
        result = await this.send(item);
      } catch (e) {
        result = { outcome: 'retry', message: e instanceof Error ? e.message : String(e) };
      }
      if (result.outcome === 'sent') {
        await this.store.delete(item.key);
        this.items = this.items.filter((i) => i.key !== item.key);
        this.emit({ item, entry: result.entry });
      } else if (result.outcome === 'retry') {
        waiting.add(item.incidentId);
        const delay = nextBackoffMs(item.attempts, this.minBackoffMs, this.maxBackoffMs);
        await this.replace({ ...item, attempts: item.attempts + 1, nextAttemptAt: this.now() + delay, lastError: refusalOf(result) });
      } else {
        // Refused for good (e.g. 422): later entries need not wait for the user to fix this one.
        await this.replace({ ...item, status: 'failed', attempts: item.attempts + 1, lastError: refusalOf(result) });
      }
    }
  }

  private async replace(item: OutboxItem): Promise<void> {
    if (!this.items.some((i) => i.key === item.key)) return;
    await this.store.put(item);
    this.items = this.items.map((i) => (i.key === item.key ? item : i));
    this.emit();
  }

  private emit(sent?: { item: OutboxItem; entry?: unknown }): void {
    const items = [...this.items];
    for (const fn of this.listeners) fn(sent ? { items, sent } : { items });
  }
}

function refusalOf({ outcome: _outcome, ...refusal }: Extract<SendResult, { outcome: 'retry' | 'failed' }>): SendRefusal {
  return refusal;
}
