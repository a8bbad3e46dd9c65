// The optional bare listener for the public paths: serves the cached page and JSON from its
// own cache (invalidated by its own LISTEN connection), passes everything else through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@/lib/db/ports';
import { startStatusServer } from '@/lib/status-pages/status-server';
import { createTestActor } from '../../support/actors.ts';
import { testDatabaseUrl, testDb, uniqueId } from '../../support/db.ts';
import { startReceiver, type Receiver } from '../notifications/support.ts';
import { createPageViaApi, createServiceRow, waitFor } from './support.ts';

const db = testDb();
let upstream: Receiver;
let server: { close: () => Promise<void> };
let base = '';

beforeAll(async () => {
  upstream = await startReceiver(() => ({ status: 200, body: '{"from":"app"}' }));
  const port = await findFreePort();
  const up = new URL(upstream.url);
  server = await startStatusServer({ db, databaseUrl: testDatabaseUrl(), port, host: '127.0.0.1', upstream: { host: up.hostname, port: Number(up.port) }, baselineMaxBytes: 1000 });
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('status server', () => {
  it('serves the page and JSON, refreshes after a write, and passes other requests to the app', async () => {
    const admin = await createTestActor(db, 'admin');
    const svc = await createServiceRow(db, 'Mail');
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Standalone', visibility: 'public', components: [{ service: svc.slug }] });
    const html = await fetch(`${base}/status/${slug}`, { headers: { 'accept-language': 'zh-CN' } });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('所有服务运行正常');
    const summary = (await (await fetch(`${base}/status/${slug}/api/v2/summary.json`)).json()) as { components: { name: string }[] };
    expect(summary.components[0]!.name).toBe('Mail');

    await db.service.update({ where: { id: svc.id }, data: { name: 'Mail renamed' } });
    await waitFor(async () => ((await (await fetch(`${base}/status/${slug}/api/v2/summary.json`)).text()).includes('Mail renamed')), 2_000);

    const passed = await fetch(`${base}/status/${slug}/subscribe`, { method: 'POST', body: 'email=a%40example.test', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(await passed.json()).toEqual({ from: 'app' });
    expect(upstream.received.at(-1)).toMatchObject({ url: `/status/${slug}/subscribe`, body: 'email=a%40example.test' });
    expect((await fetch(`${base}/status-baseline?bytes=10`)).headers.get('content-length')).toBe('10');
  });
});
