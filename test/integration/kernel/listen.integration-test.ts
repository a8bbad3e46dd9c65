// The kernel's LISTEN connection against the real PostgreSQL: a NOTIFY arrives; when the
// server kills the listening backend (as a restart or an admin would), the listener comes
// back by itself, tells its caller to resync, and NOTIFYs sent after that arrive again.
import net from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PgListener } from '@/lib/kernel/listen';
import { testDatabaseUrl, uniqueId } from '../../support/db';

const open: PgListener[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

async function sql(text: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: testDatabaseUrl() });
  await c.connect();
  try {
    return await c.query(text, params);
  } finally {
    await c.end();
  }
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('PgListener', () => {
  it('hears NOTIFYs, reconnects after its backend is terminated, says so, and hears NOTIFYs again', async () => {
    const channel = uniqueId('kernel_listen').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    const applicationName = uniqueId('kernel-listen');
    const heard: string[] = [];
    const listening: boolean[] = [];
    const l = new PgListener({
      connectionString: testDatabaseUrl(),
      channels: [channel],
      applicationName,
      minBackoffMs: 50,
      maxBackoffMs: 200,
      onNotification: (_c, payload) => heard.push(payload ?? ''),
      onListening: (isReconnect) => listening.push(isReconnect),
    });
    open.push(l);
    expect(await l.ready()).toBe(true);
    expect(listening).toEqual([false]);

    await sql('SELECT pg_notify($1, $2)', [channel, 'before']);
    await until(() => heard.includes('before'));

    const killed = await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
    expect(killed.rowCount).toBe(1);
    await until(() => listening.length === 2);
    expect(listening).toEqual([false, true]);
    expect(l.isListening).toBe(true);

    await sql('SELECT pg_notify($1, $2)', [channel, 'after']);
    await until(() => heard.includes('after'));
    expect(heard).toEqual(['before', 'after']);
  });

  it('keeps retrying while the server refuses connections, and listens once it answers', async () => {
    // A TCP proxy stands for the database's address: closed at first (connection refused, as
    // during a restart), then forwarding to the real server.
    const target = new URL(testDatabaseUrl());
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((socket) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      sockets.add(socket).add(upstream);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const url = new URL(testDatabaseUrl());
    url.host = `127.0.0.1:${port}`;
    const channel = uniqueId('kernel_refused').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    const heard: string[] = [];
    const listening: boolean[] = [];
    const l = new PgListener({
      connectionString: url.toString(),
      channels: [channel],
      minBackoffMs: 20,
      maxBackoffMs: 100,
      onNotification: (_c, p) => heard.push(p ?? ''),
      onListening: (isReconnect) => listening.push(isReconnect),
    });
    open.push(l);
    try {
      expect(await l.ready(300)).toBe(false);
      expect(listening).toEqual([]);
      await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', () => resolve()));
      expect(await l.ready(5_000)).toBe(true);
      await sql('SELECT pg_notify($1, $2)', [channel, 'hello']);
      await until(() => heard.includes('hello'));
      expect(listening).toEqual([false]);
    } finally {
      await l.close();
      for (const s of sockets) s.destroy();
      await new Promise((r) => proxy.close(r));
    }
  });
});
