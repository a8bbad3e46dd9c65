// A PostgreSQL restart under the production server, seen from a browser and an API client: a
// second app instance (scripts/start.ts, the built app) runs on a cluster this test owns;
// while it is stopped a page says the database is unavailable and retries (in the reader's
// language), the API answers 503 + Retry-After + the JSON error body; once it is started
// again the page comes back by itself, with no restart of the app.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { findFreePort } from '../../lib/db/ports.ts';
import { canOwnCluster, createOwnedCluster, type OwnedCluster } from '../support/owned-cluster.ts';
import { message } from './support/messages';

const root = fileURLToPath(new URL('../..', import.meta.url));

let cluster: OwnedCluster;
let app: ChildProcess;
let base: string;

test.skip(!canOwnCluster(), 'needs Debian PostgreSQL 15 tools, as root');

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await createOwnedCluster('fb_e2e_outage');
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  // The app's own start: migrations, then the production server (the build is current).
  app = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', DATABASE_URL: cluster.url, PORT: String(port), HOSTNAME: '127.0.0.1', FIREBREAK_WORKER: '0', LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 300 || app.exitCode !== null) throw new Error('the second app instance did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (app?.pid) {
    try {
      process.kill(-app.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  cluster?.drop();
});

test('while PostgreSQL is down the page says so and retries; it comes back by itself', async ({ browser, request }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    cluster.stop();

    const api = await request.get(`${base}/api/v1/me`, { headers: { authorization: 'Bearer fbk_not_checked_while_down' } });
    expect(api.status()).toBe(503);
    expect(api.headers()['retry-after']).toBe('5');
    expect((await api.json()).error.code).toBe('unavailable');
    expect((await request.get(`${base}/api/health`)).status()).toBe(503);

    await page.goto(`${base}/incidents`);
    await expect(page.getByRole('heading', { name: message('zh-CN', 'outage.databaseUnavailable.title') })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status')).toContainText(message('zh-CN', 'outage.databaseUnavailable.retrying'));

    cluster.start();
    // A fresh installation (no users yet) sends every page to /setup: the page rendered again.
    await page.waitForURL(/\/setup$/, { timeout: 30_000 });
    expect((await request.get(`${base}/api/health`)).status()).toBe(200);
  } finally {
    await context.close();
  }
});
