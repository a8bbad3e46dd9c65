import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '@/lib/offline/outbox';
import { httpSender } from '@/lib/offline/send-entry';

const item: OutboxItem = {
  key: 'key-1', incidentId: 'inc-1', seq: 1, createdAt: 0, status: 'pending', attempts: 0, nextAttemptAt: 0,
  payload: { kind: 'note', body: 'hello', occurredAt: '2026-01-01T00:00:00.000Z' },
};

const answering = (status: number, body: unknown) => httpSender({ fetch: async () => new Response(JSON.stringify(body), { status }) });

describe('sending an outbox entry', () => {
  it('posts to the incident’s timeline with the Idempotency-Key', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const send = httpSender({
      fetch: async (url, init) => ((seen = { url: String(url), init: init! }), new Response('{"id":"e1"}', { status: 201 })),
    });
    expect(await send(item)).toEqual({ outcome: 'sent', entry: { id: 'e1' } });
    expect(seen!.url).toBe('/api/v1/incidents/inc-1/timeline');
    expect((seen!.init.headers as Record<string, string>)['idempotency-key']).toBe('key-1');
    expect(JSON.parse(String(seen!.init.body))).toEqual(item.payload);
  });

  it('keeps the moment an entry was written when it waited in the outbox, and lets the server time a fresh one', async () => {
    const bodies: { occurredAt?: string }[] = [];
    const send = httpSender({ fetch: async (_u, init) => (bodies.push(JSON.parse(String(init!.body))), new Response('{}', { status: 201 })) });
    const written = Date.parse('2026-01-01T10:00:00.000Z');
    const waiting = { ...item, createdAt: written, payload: { kind: 'note', body: 'offline' } };
    await send(waiting);
    await send({ ...waiting, createdAt: Date.now() });
    expect(bodies[0]!.occurredAt).toBe('2026-01-01T10:00:00.000Z');
    expect(bodies[1]!.occurredAt).toBeUndefined();
  });

  it('retries later on network errors, 5xx, 408 and 429; fails for good on other 4xx keeping the server’s code and issues', async () => {
    const down = httpSender({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await down(item)).toMatchObject({ outcome: 'retry', message: 'Failed to fetch' });
    for (const status of [500, 502, 503, 408, 429]) {
      expect(await answering(status, { error: { message: 'busy' } })(item)).toMatchObject({ outcome: 'retry', status });
    }
    const issues = [{ path: 'body', message: 'Too small', code: 'too_small', params: { origin: 'string', minimum: 1 } }];
    expect(await answering(422, { error: { code: 'invalid', message: 'Some fields are not valid: body.', issues } })(item)).toEqual({
      outcome: 'failed', status: 422, message: 'Some fields are not valid: body.', code: 'invalid', issues,
    });
    // A proxy's page without our JSON body still gets a code the reader's message is made from.
    expect(await answering(422, 'not json')(item)).toMatchObject({ outcome: 'failed', status: 422, code: 'invalid' });
    expect(await answering(404, 'not json at all')(item)).toMatchObject({ outcome: 'failed', status: 404 });
  });
});
