import 'server-only';
// PostgreSQL LISTEN on one dedicated connection that comes back by itself. Why one copy: the
// realtime fan-out (lib/realtime/listener.ts) and the worker's outbox wake-up both need a
// connection that (1) reconnects with exponential backoff and jitter, so that every instance
// does not hammer a restarting database in step, (2) checks its own health, because a
// half-open TCP connection stays silent forever and only using it reveals it is dead, and
// (3) says when it is listening again: NOTIFYs sent while it was down are lost for good, so
// the caller must resync (fetch what it may have missed). `onListening(isReconnect)` is that
// signal; it is called on the first LISTEN too, so that a caller can catch up on what was
// committed before it started.
import pg from 'pg';
import { logger } from '../log/logger.ts';
import { nextBackoffMs } from '../realtime/backoff.ts';

export interface PgListenerOptions {
  connectionString: string;
  channels: string[];
  onNotification: (channel: string, payload: string | undefined) => void;
  /** After each successful LISTEN; `isReconnect` is false the first time. */
  onListening?: (isReconnect: boolean) => void;
  /** Shown in pg_stat_activity; lets operators (and tests) find this connection. */
  applicationName?: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  healthCheckMs?: number;
  /** Names the listener in log lines. */
  name?: string;
}

type State = 'idle' | 'connecting' | 'listening' | 'waiting' | 'closed';

export class PgListener {
  private readonly opts: Required<PgListenerOptions>;
  private state: State = 'idle';
  private client: pg.Client | null = null;
  private attempt = 0;
  private hasListened = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private healthTimer: NodeJS.Timeout | null = null;
  private readyWaiters: (() => void)[] = [];

  constructor(opts: PgListenerOptions) {
    this.opts = {
      onListening: () => {},
      applicationName: 'firebreak-listener',
      minBackoffMs: 250,
      maxBackoffMs: 15_000,
      healthCheckMs: 30_000,
      name: 'listener',
      ...opts,
    };
    for (const channel of this.opts.channels) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid channel name: ${channel}`);
    }
  }

  get isListening(): boolean {
    return this.state === 'listening';
  }

  /** Starts connecting (idempotent). */
  start(): void {
    if (this.state === 'idle') void this.connect();
  }

  /** Connects if needed; resolves true once LISTEN is active, false after timeoutMs or when closed. */
  ready(timeoutMs = 5_000): Promise<boolean> {
    if (this.state === 'listening') return Promise.resolve(true);
    if (this.state === 'closed') return Promise.resolve(false);
    this.start();
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(this.state === 'listening');
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
      connectionTimeoutMillis: 10_000,
    });
    this.client = client;
    // A late 'error' from a client already given up on must not crash the process.
    client.on('error', (err) => this.drop(client, err));
    client.on('end', () => this.drop(client));
    client.on('notification', (msg) => {
      if (this.opts.channels.includes(msg.channel)) this.opts.onNotification(msg.channel, msg.payload);
    });
    try {
      await client.connect();
      for (const channel of this.opts.channels) await client.query(`LISTEN ${channel}`);
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
    if (isReconnect) logger.info(`${this.opts.name} reconnected`);
    try {
      this.opts.onListening(isReconnect);
    } catch (err) {
      logger.error(`${this.opts.name}: onListening failed`, { error: err });
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
    logger.warn(`${this.opts.name} disconnected; reconnecting`, { delayMs: delay, attempt: this.attempt, error: err instanceof Error ? err.message : err });
    this.state = 'waiting';
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.healthTimer) clearInterval(this.healthTimer);
    this.retryTimer = this.healthTimer = null;
  }
}
