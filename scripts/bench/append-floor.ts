// Timeline append, the product against its framework-free floor (./append-floor-server.ts),
// one after the other with the same load generator, concurrency and duration.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './env.ts';
import { runLoad, type LoadResult } from './load.ts';

export interface AppendFloorResult {
  app: LoadResult;
  floor: LoadResult;
  /** floor throughput / app throughput: the target is ≤ 1.5. */
  ratio: number;
}

export async function measureAppendFloor(opts: {
  base: string;
  dbUrl: string;
  port: number;
  incidents: number;
  auth: Record<string, string>;
  concurrency: number;
  durationMs: number;
}): Promise<AppendFloorResult> {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/append-floor-server.ts'], {
    cwd: root,
    env: { ...process.env, FLOOR_DATABASE_URL: opts.dbUrl, FLOOR_PORT: String(opts.port) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('floor ready') && resolve());
      child.on('exit', () => reject(new Error('the floor server exited')));
    });
    const tag = Date.now().toString(36);
    const append = (base: string, who: string) => async (i: number) => {
      const n = 1 + Math.floor(Math.random() * opts.incidents);
      const res = await fetch(`${base}/api/v1/incidents/${n}/timeline`, {
        method: 'POST',
        headers: { ...opts.auth, 'content-type': 'application/json', 'idempotency-key': `floor-${tag}-${who}-${i}` },
        body: JSON.stringify({ kind: 'note', body: `append ${who} ${i}: upstream **调用服务失败** rate falling, see https://example.test/x` }),
      });
      await res.arrayBuffer();
      return res.status === 201 || `HTTP ${res.status}`;
    };
    const load = { concurrency: opts.concurrency, durationMs: opts.durationMs };
    const floorBase = `http://127.0.0.1:${opts.port}`;
    await append(floorBase, 'warm')(0);
    const app = await runLoad(`[c=${opts.concurrency}] timeline append, the product`, load, append(opts.base, 'app'));
    const floor = await runLoad(`[c=${opts.concurrency}] timeline append, node:http + pg floor`, load, append(floorBase, 'floor'));
    return { app, floor, ratio: Math.round((floor.throughput / Math.max(1, app.throughput)) * 100) / 100 };
  } finally {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ }
  }
}
