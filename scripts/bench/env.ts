// What every benchmark suite needs: a fresh database (BENCH_DATABASE_URL's server, else an
// embedded PostgreSQL in a temporary directory) and the app started on it (production build).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../lib/db/embedded.ts';
import { findFreePort } from '../../lib/db/ports.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export type BenchApp = Awaited<ReturnType<typeof startAppOn>>;

export async function openBenchDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (server) {
    const name = `firebreak_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      cleanup: async () => {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-bench-'));
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dataDir: dir, port: await findFreePort() });
  return { url: db.url, cleanup: async () => { await db.stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

export async function startAppOn(url: string, port: number) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOSTNAME: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 2400; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch { /* starting */ }
    if (child.exitCode !== null) throw new Error('the app exited during start-up');
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, pid: child.pid!, stop: () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ } } };
}
