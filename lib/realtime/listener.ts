import 'server-only';
// One dedicated, non-pooled PostgreSQL connection per process LISTENs for incident events and
// fans them out in memory to the subscribers of each incident (the open SSE streams). Every
// app instance runs its own, so a change committed through any instance reaches all of them.
// NOTIFYs sent while the connection is down are lost for good: after reconnecting, the
// listener tells every subscriber to resync (fetch what it may have missed). The connection
// itself (backoff, health checks, reconnect) is the kernel's PgListener (lib/kernel/listen.ts).
import { getEnv } from '../config/env.ts';
import { PgListener } from '../kernel/listen.ts';
import { logger } from '../log/logger.ts';
import { decodeIncidentEvent, INCIDENT_EVENTS_CHANNEL, type ListenerMessage } from './events.ts';

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

export class IncidentEventListener {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly connection: PgListener;

  constructor(opts: IncidentEventListenerOptions) {
    const channel = opts.channel ?? INCIDENT_EVENTS_CHANNEL;
    this.connection = new PgListener({
      connectionString: opts.connectionString,
      channels: [channel],
      applicationName: opts.applicationName ?? 'firebreak-listener',
      minBackoffMs: opts.minBackoffMs ?? 250,
      maxBackoffMs: opts.maxBackoffMs ?? 15_000,
      healthCheckMs: opts.healthCheckMs ?? 30_000,
      name: 'realtime listener',
      onNotification: (_channel, payload) => {
        const event = decodeIncidentEvent(payload);
        if (event) this.dispatch(event.incidentId, { type: 'event', event });
      },
      onListening: (isReconnect) => {
        if (!isReconnect) return;
        logger.info('realtime listener: subscribers resync', { subscribers: this.subscriberCount() });
        for (const id of [...this.subscribers.keys()]) this.dispatch(id, { type: 'resync' });
      },
    });
  }

  get isListening(): boolean {
    return this.connection.isListening;
  }

  /** Receives the events of one incident until the returned function is called. */
  subscribe(incidentId: string, fn: Subscriber): () => void {
    let set = this.subscribers.get(incidentId);
    if (!set) this.subscribers.set(incidentId, (set = new Set()));
    set.add(fn);
    this.connection.start();
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
    return this.connection.ready(timeoutMs);
  }

  async close(): Promise<void> {
    this.subscribers.clear();
    await this.connection.close();
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
