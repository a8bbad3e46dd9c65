import 'server-only';
// One dedicated, non-pooled PostgreSQL connection per process LISTENs for incident events and
// fans them out in memory to the subscribers of each incident (the open SSE streams). Every
// app instance runs its own, so a change committed through any instance reaches all of them.
// NOTIFYs sent while the connection is down are lost for good: after reconnecting, the
// listener tells every subscriber to resync (fetch what it may have missed).
import pg from 'pg';
import { getEnv } from '../config/env.ts';
import { logger } from '../log/logger.ts';
import { decodeIncidentEvent, INCIDENT_EVENTS_CHANNEL, type ListenerMessage } from './events.ts';
import { nextBackoffMs } from './backoff.ts';

export type Subscriber = (message: ListenerMessage) => void;

export interface IncidentEventListenerOptions {
  connectionString: string;
  channel?: string;
  /** Shown in pg_stat_activity; lets operators (and tests) find this connection. */
  applicationName?: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A half-open TCP connection stays silent forever; only using it reveals it is dead. */
  healthCheckMs?: number;
}

type State = 'idle' | 'connecting' | 'listening' | 'waiting' | 'closed';

export class IncidentEventListener {
  private readonly opts: Required<IncidentEventListenerOptions>;
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private state: State = 'idle';
  private client: pg.Client | null = null;
  private attempt = 0;
  private hasListened = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private healthTimer: NodeJS.Timeout | null = null;
  private readyWaiters: (() => void)[] = [];

  constructor(opts: IncidentEventListenerOptions) {
    this.opts = {
      channel: INCIDENT_EVENTS_CHANNEL,
      applicationName: 'firebreak-listener',
      minBackoffMs: 250,
      maxBackoffMs: 15_000,
      healthCheckMs: 30_000,
      ...opts,
    };
    if (!/^[a-z_][a-z0-9_]*$/.test(this.opts.channel)) throw new Error(`Invalid channel name: ${this.opts.channel}`);
  }

  get isListening(): boolean {
    return this.state === 'listening';
  }

  /** Receives the events of one incident until the returned function is called. */
  subscribe(incidentId: string, fn: Subscriber): () => void {
    let set = this.subscribers.get(incidentId);
    if (!set) this.subscribers.set(incidentId, (set = new Set()));
    set.add(fn);
    if (this.state === 'idle') void this.connect();
    return () => {
      const current = this.subscribers.get(incidentId);
      current?.delete(fn);
      if (current?.size === 0) this.subscribers.delete(incidentId);
    };
  }

  subscriberCount(incidentId?: string): number {
    if (incidentId) return this.subscribers.get(incidentId)?.size ?? 0;
    let n = 0;
    for (const s of this.subscribers.values()) n += s.size;
    return n;
  }

  /** Connects if needed; resolves true once LISTEN is active, false after timeoutMs. */
  ready(timeoutMs = 5_000): Promise<boolean> {
    if (this.state === 'listening') return Promise.resolve(true);
    if (this.state === 'closed') return Promise.resolve(false);
    if (this.state === 'idle') void this.connect();
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.readyWaiters = this.readyWaiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      this.readyWaiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    this.state = 'closed';
    this.clearTimers();
    const client = this.client;
    this.client = null;
    this.subscribers.clear();
    for (const w of this.readyWaiters.splice(0)) w();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'connecting';
    const client = new pg.Client({
      connectionString: this.opts.connectionString,
      application_name: this.opts.applicationName,
      keepAlive: true,
      query_timeout: 10_000,
    });
    this.client = client;
    // A late 'error' from a client already given up on must not crash the process.
    client.on('error', (err) => this.drop(client, err));
    client.on('end', () => this.drop(client));
    client.on('notification', (msg) => {
      if (msg.channel !== this.opts.channel) return;
      const event = decodeIncidentEvent(msg.payload);
      if (event) this.dispatch(event.incidentId, { type: 'event', event });
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.opts.channel}`);
    } catch (err) {
      this.drop(client, err);
      return;
    }
    if (this.client !== client || this.state !== 'connecting') return;
    this.state = 'listening';
    this.attempt = 0;
    const isReconnect = this.hasListened;
    this.hasListened = true;
    this.healthTimer = setInterval(() => void this.checkHealth(client), this.opts.healthCheckMs);
    this.healthTimer.unref();
    for (const w of this.readyWaiters.splice(0)) w();
    if (isReconnect) {
      logger.info('realtime listener reconnected', { subscribers: this.subscriberCount() });
      for (const id of [...this.subscribers.keys()]) this.dispatch(id, { type: 'resync' });
    }
  }

  private async checkHealth(client: pg.Client): Promise<void> {
    try {
      await client.query('SELECT 1');
    } catch (err) {
      this.drop(client, err);
    }
  }

  private drop(client: pg.Client, err?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.clearTimers();
    void client.end().catch(() => undefined);
    if (this.state === 'closed') return;
    const delay = nextBackoffMs(this.attempt++, this.opts.minBackoffMs, this.opts.maxBackoffMs);
    logger.warn('realtime listener disconnected; reconnecting', { delayMs: delay, attempt: this.attempt, error: err });
    this.state = 'waiting';
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }

  private dispatch(incidentId: string, message: ListenerMessage): void {
    for (const fn of [...(this.subscribers.get(incidentId) ?? [])]) {
      try {
        fn(message);
      } catch (err) {
        logger.error('realtime subscriber failed', { incidentId, error: err });
      }
    }
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.healthTimer) clearInterval(this.healthTimer);
    this.retryTimer = this.healthTimer = null;
  }
}

const globalForListener = globalThis as unknown as { firebreakIncidentListener?: IncidentEventListener };

/** This process's listener (created on first use, from DATABASE_URL). */
export function getIncidentEventListener(): IncidentEventListener {
  if (!globalForListener.firebreakIncidentListener) {
    const url = getEnv().DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start Firebreak with `npm start`, which provides it.');
    globalForListener.firebreakIncidentListener = new IncidentEventListener({ connectionString: url });
  }
  return globalForListener.firebreakIncidentListener;
}
