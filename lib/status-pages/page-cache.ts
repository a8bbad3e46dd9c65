import 'server-only';
// Status pages are read by everyone at the same moment, so each instance keeps the rendered
// bodies (HTML, JSON, badge, feeds) in memory and serves them without touching the database.
//
// Invalidation: database triggers (migration 20261204200105_status_pages) NOTIFY on every
// committed write to a table a page is built from; this process's realtime listener
// (lib/realtime/listener.ts, one LISTEN connection per process) hands it to the cache, which
// drops everything. Pages are few and cheap to rebuild, so "drop all" is simpler than
// tracking which page a write touches, and cannot miss one. A generation counter keeps a
// build that started before the invalidation from being stored after it.
//
// Time also changes a page (a maintenance window opens, a day of uptime bars rolls over), so
// a copy is rebuilt after MAX_AGE_MS even without a write; while the listener is not
// connected (NOTIFYs would be lost) copies live only UNLISTENED_MAX_AGE_MS.
import { createHash } from 'node:crypto';
import { logger } from '../log/logger.ts';

export const STATUS_PAGES_EVENT_KEY = 'status-pages';
const MAX_AGE_MS = 60_000;
const UNLISTENED_MAX_AGE_MS = 1_000;
const MAX_ENTRIES = 2_000;

export interface CachedBody {
  body: Buffer;
  etag: string;
  contentType: string;
  /** null: the page does not exist (cached too: a flood of 404s must not reach the database). */
  status: 200 | 404;
}

export interface ListenerLike {
  isListening: boolean;
  subscribe(key: string, fn: (m: { type: string }) => void): () => void;
}

interface Entry { at: number; gen: number; value: Promise<unknown> }

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private gen = 0;
  private unsubscribe: (() => void) | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly listener: () => ListenerLike | null, private readonly now: () => number = Date.now) {}

  /** Drops every copy: the next request rebuilds from the database. */
  invalidate(): void {
    this.gen += 1;
    this.entries.clear();
  }

  get generation(): number {
    return this.gen;
  }

  private attach(): ListenerLike | null {
    const l = this.listener();
    if (l && !this.unsubscribe) {
      this.unsubscribe = l.subscribe(STATUS_PAGES_EVENT_KEY, () => this.invalidate());
    }
    return l;
  }

  get<T>(key: string, build: () => Promise<T>): Promise<T> {
    const listener = this.attach();
    const maxAge = listener?.isListening ? MAX_AGE_MS : UNLISTENED_MAX_AGE_MS;
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.gen === this.gen && now - hit.at < maxAge) {
      this.hits += 1;
      return hit.value as Promise<T>;
    }
    this.misses += 1;
    const gen = this.gen;
    const value = build();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { at: now, gen, value });
    value.catch((err: unknown) => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
      logger.error('status page build failed', { key, error: err });
    });
    return value;
  }
}

export function bodyOf(text: string | Buffer, contentType: string, status: 200 | 404 = 200): CachedBody {
  const body = typeof text === 'string' ? Buffer.from(text) : text;
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, etag, contentType, status };
}
