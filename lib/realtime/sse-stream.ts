// Turns one incident's listener subscription into a Server-Sent Events response.
// Frames: `hello` once subscribed (the browser then catches up on what it missed while it had
// no stream), `incident` / `timeline` carrying ids only (the browser fetches what changed
// with its own rights), `resync` after the server's LISTEN connection was re-established,
// and a comment every 20 s so that proxies and browsers keep an idle stream open.
import type { IncidentEventKind, ListenerMessage } from './events.ts';

export interface ListenerLike {
  subscribe(incidentId: string, fn: (m: ListenerMessage) => void): () => void;
  ready(timeoutMs?: number): Promise<boolean>;
}

export interface IncidentStreamOptions {
  listener: ListenerLike;
  incidentId: string;
  /** Sent with the hello frame (e.g. the incident's number). */
  hello: Record<string, unknown>;
  signal: AbortSignal;
  heartbeatMs?: number;
  /** How long to wait for LISTEN before saying hello anyway (a resync follows once it is up). */
  readyTimeoutMs?: number;
}

export const sseHeaders = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  // nginx buffers responses unless told not to; a buffered event stream is a dead one.
  'X-Accel-Buffering': 'no',
} as const;

export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function streamEventName(kind: IncidentEventKind): 'incident' | 'timeline' {
  return kind.startsWith('timeline.') ? 'timeline' : 'incident';
}

export function createIncidentEventStream(opts: IncidentStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = opts.listener.subscribe(opts.incidentId, (m) => {
        if (m.type === 'resync') return send(sseFrame('resync', {}));
        const { kind, entryId } = m.event;
        send(sseFrame(streamEventName(kind), { kind, ...(entryId ? { entryId } : {}) }));
      });
      const heartbeat = setInterval(() => send(`: heartbeat\n\n`), opts.heartbeatMs ?? 20_000);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        opts.signal.removeEventListener('abort', stop);
        try {
          controller.close();
        } catch {
          /* already closed by the reader */
        }
      };
      if (opts.signal.aborted) return stop();
      opts.signal.addEventListener('abort', stop);
      // Browsers reconnect by themselves after a drop; 3 s keeps a restarted server from a stampede.
      send('retry: 3000\n\n');
      const listening = await opts.listener.ready(opts.readyTimeoutMs ?? 5_000);
      send(sseFrame('hello', { ...opts.hello, listening }));
    },
    cancel() {
      stop();
    },
  });
}

export function incidentEventResponse(opts: IncidentStreamOptions): Response {
  return new Response(createIncidentEventStream(opts), { status: 200, headers: sseHeaders });
}
