// Real receivers on loopback for the delivery tests: an HTTP server that records every request
// (raw body and headers) and answers from a script, and helpers that put messages in the
// outbox the way the app does (a subscription, then enqueueNotifications in a transaction).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@/lib/db/client';
import { enqueueNotifications } from '@/lib/notifications/enqueue-notifications';
import type { ChannelInput } from '@/lib/subscriptions/channels';
import type { NotificationEvent } from '@/lib/subscriptions/events';
import { deliveryOptionsFromEnv, type DeliveryOptions } from '@/lib/worker/delivery-options';
import { randomUUID } from 'node:crypto';
import { uniqueId } from '../../support/db.ts';

export interface ReceivedRequest { url: string; headers: http.IncomingHttpHeaders; body: string }
export type Answer = { status: number; body: string };

export interface Receiver {
  url: string;
  received: ReceivedRequest[];
  close: () => Promise<void>;
}

/** Answers each request with `answer(request, index)`. */
export async function startReceiver(answer: (req: ReceivedRequest, index: number) => Answer): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const a = answer(r, received.length - 1);
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function createService(db: Db): Promise<{ id: string; slug: string; name: string }> {
  const slug = uniqueId('svc-notify');
  const s = await db.service.create({ data: { slug, name: `Service ${slug}` }, select: { id: true } });
  return { id: s.id, slug, name: `Service ${slug}` };
}

/** A subscription written directly (the API path is tested in test/integration/changes). */
export async function subscribe(
  db: Db,
  { serviceId, userId, teamId, channel, events = ['change_announced'] }: { serviceId: string; userId?: string; teamId?: string; channel: ChannelInput; events?: NotificationEvent[] },
): Promise<string> {
  const { type, ...config } = channel;
  const row = await db.subscription.create({
    data: { serviceId, userId: userId ?? null, teamId: teamId ?? null, events, channelType: type, channelConfig: config, createdByLabel: 'test' },
    select: { id: true },
  });
  return row.id;
}

/** Writes the outbox rows for one change_announced event on the service; returns the subject id. */
export async function announce(db: Db, serviceId: string, payload: Record<string, unknown> = {}): Promise<string> {
  const subjectId = randomUUID();
  await db.$transaction((tx) =>
    enqueueNotifications(tx, {
      event: 'change_announced',
      subject: { type: 'change', id: subjectId, serviceId },
      payload: { title: uniqueId('Token lifetime'), kind: 'credential', risk: 'high', status: 'scheduled', scheduledAt: '2026-12-01T02:00:00Z', path: `/changes/${subjectId}`, ...payload },
    }),
  );
  return subjectId;
}

/** Delivery options for tests: only these subjects, no waiting between attempts. */
export function testDelivery(subjectIds: string[], over: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return deliveryOptionsFromEnv({
    subjectIds,
    random: () => 0,
    retry: { maxAttempts: 8, baseMs: 1, capMs: 10 },
    appUrl: 'https://firebreak.example.test',
    channel: { smtp: null, httpTimeoutMs: 5000, allowPrivateNetworks: true },
    ...over,
  });
}

/** A clock the test moves by hand. */
export function fakeClock(start: Date): { now: () => Date; advance: (ms: number) => void } {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms) => { t += ms; } };
}

export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
