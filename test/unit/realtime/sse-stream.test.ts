import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListenerMessage } from '@/lib/realtime/events';
import { incidentEventResponse } from '@/lib/realtime/sse-stream';

function fakeListener(ready = true) {
  const subs = new Map<string, Set<(m: ListenerMessage) => void>>();
  return {
    subscribe(id: string, fn: (m: ListenerMessage) => void) {
      if (!subs.has(id)) subs.set(id, new Set());
      subs.get(id)!.add(fn);
      return () => subs.get(id)!.delete(fn);
    },
    ready: async () => ready,
    emit(id: string, m: ListenerMessage) {
      for (const fn of subs.get(id) ?? []) fn(m);
    },
    count: (id: string) => subs.get(id)?.size ?? 0,
  };
}

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string, sofar = ''): Promise<string> {
  const decoder = new TextDecoder();
  let out = sofar;
  while (!out.includes(text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${JSON.stringify(text)}; got ${JSON.stringify(out)}`);
    out += decoder.decode(value);
  }
  return out;
}

afterEach(() => vi.useRealTimers());

describe('incident SSE stream', () => {
  it('says hello, then relays only its incident’s events as ids, and resyncs', async () => {
    const listener = fakeListener();
    const abort = new AbortController();
    const res = incidentEventResponse({ listener, incidentId: 'inc-1', hello: { number: 42 }, signal: abort.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const reader = res.body!.getReader();
    let text = await readUntil(reader, 'event: hello');
    expect(text).toContain('data: {"number":42,"listening":true}');

    listener.emit('inc-2', { type: 'event', event: { incidentId: 'inc-2', kind: 'incident.updated' } });
    listener.emit('inc-1', { type: 'event', event: { incidentId: 'inc-1', kind: 'timeline.created', entryId: 'e-9' } });
    text = await readUntil(reader, 'event: timeline', text);
    expect(text).toContain('data: {"kind":"timeline.created","entryId":"e-9"}');
    listener.emit('inc-1', { type: 'event', event: { incidentId: 'inc-1', kind: 'incident.updated' } });
    listener.emit('inc-1', { type: 'resync' });
    text = await readUntil(reader, 'event: resync', text);
    expect(text).toContain('event: incident\ndata: {"kind":"incident.updated"}');
    expect(text).not.toContain('inc-2');
    abort.abort();
    expect(listener.count('inc-1')).toBe(0);
  });

  it('sends a heartbeat comment while idle and unsubscribes when the reader goes away', async () => {
    vi.useFakeTimers();
    const listener = fakeListener(false);
    const res = incidentEventResponse({ listener, incidentId: 'inc-1', hello: {}, signal: new AbortController().signal, heartbeatMs: 20_000 });
    const reader = res.body!.getReader();
    const hello = await readUntil(reader, 'event: hello');
    expect(hello).toContain('"listening":false');
    await vi.advanceTimersByTimeAsync(20_000);
    await readUntil(reader, ': heartbeat');
    expect(listener.count('inc-1')).toBe(1);
    await reader.cancel();
    expect(listener.count('inc-1')).toBe(0);
  });
});
