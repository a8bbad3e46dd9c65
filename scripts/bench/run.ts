// `npm run bench`: performance targets measured against the production build on a real
// PostgreSQL, printed and written to bench/results/<suite>.json.
//   --suite incidents   (default) 100k incidents + 1M timeline entries, 32 clients
//   --incidents N --entries M --duration S --concurrency C[,C2…]   (default 32,8: the target
//   level, then a lighter one for latency without saturation)
// Database: BENCH_DATABASE_URL (a server; a fresh database is created and dropped), else an
// embedded PostgreSQL in a temporary directory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateTokenSecret } from '../../lib/auth/token-secret.ts';
import { startEmbeddedDatabase } from '../../lib/db/embedded.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { findFreePort } from '../../lib/db/ports.ts';
import { runLoad, type LoadResult } from './load.ts';
import { seedIncidents } from './seed-incidents.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    suite: { type: 'string', default: 'incidents' },
    incidents: { type: 'string', default: '100000' },
    entries: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32,8' },
  },
});
const log = (m: string) => console.log(m);

async function openBenchDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
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

async function startAppOn(url: string, port: number) {
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
  return { base, stop: () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ } } };
}

async function main() {
  if (args.suite !== 'incidents') throw new Error(`Unknown suite "${args.suite}"; known: incidents`);
  const nIncidents = Number(args.incidents);
  const nEntries = Number(args.entries);
  const durationMs = Number(args.duration) * 1000;
  const levels = String(args.concurrency).split(',').map(Number).filter((n) => n > 0);
  const db = await openBenchDatabase();
  const results: LoadResult[] = [];
  let app: Awaited<ReturnType<typeof startAppOn>> | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await applyMigrations(db.url);
    await client.connect();
    log(`Seeding ${nIncidents} incidents and ${nEntries} timeline entries…`);
    const seed = await seedIncidents(client, { incidents: nIncidents, entries: nEntries, log });
    const { secret, hash, prefix } = generateTokenSecret();
    await client.query(`INSERT INTO "ApiToken" (id, name, role, "tokenHash", prefix) VALUES (gen_random_uuid(), 'bench', 'responder', $1, $2)`, [hash, prefix]);
    const auth = { authorization: `Bearer ${secret}` };

    app = await startAppOn(db.url, await findFreePort());
    const base = app.base;
    const pick = () => 1 + Math.floor(Math.random() * nIncidents);
    const runTag = Date.now().toString(36);
    // Warm up every route once (compilation caches, connection pools).
    await fetch(`${base}/incidents/INC-${seed.bigIncidentNumber}`, { headers: auth });
    await fetch(`${base}/api/v1/incidents?limit=20`, { headers: auth });

    let sent = 0;
    const ids = (await client.query<{ id: string }>(`SELECT id FROM "Incident" ORDER BY random() LIMIT 1000`)).rows.map((r) => r.id);
    for (const concurrency of levels) {
      const opts = { concurrency, durationMs };
      results.push(await runLoad(`[c=${concurrency}] timeline append (POST /api/v1/incidents/{n}/timeline)`, opts, async (i) => {
        const res = await fetch(`${base}/api/v1/incidents/${pick()}/timeline`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-${runTag}-${concurrency}-${i}` },
          body: JSON.stringify({ kind: 'note', body: `bench entry ${runTag} ${concurrency}-${i}: upstream 调用服务失败 rate falling` }),
        });
        await res.arrayBuffer();
        if (res.status === 201) sent++;
        return res.status === 201 || `HTTP ${res.status}`;
      }));

      const pool = new pg.Pool({ connectionString: db.url, max: concurrency });
      results.push(await runLoad(`[c=${concurrency}] baseline: bare PostgreSQL INSERT of the same row`, opts, async (i) => {
        await pool.query(
          `INSERT INTO "TimelineEntry" (id, "incidentId", kind, body, "occurredAt", "authorLabel", "authorUserId", "idempotencyKey")
           VALUES (gen_random_uuid(), $1, 'note', $2, now(), 'token:bench', NULL, $3)`,
          [ids[i % ids.length], `baseline ${runTag} ${concurrency}-${i}`, `baseline-${runTag}-${concurrency}-${i}`],
        );
        return true;
      }));
      await pool.end();

      results.push(await runLoad(`[c=${concurrency}] incident page, server render (INC-${seed.bigIncidentNumber}, 2,000 entries)`, opts, async () => {
        const res = await fetch(`${base}/incidents/INC-${seed.bigIncidentNumber}`, { headers: auth });
        await res.arrayBuffer();
        return res.status === 200 || `HTTP ${res.status}`;
      }));

      const filters = ['status=resolved&severity=SEV2', 'service=bench-svc-7', 'status=investigating&status=monitoring', 'severity=SEV1&drill=exclude', 'from=' + new Date(Date.now() - 30 * 86400_000).toISOString()];
      results.push(await runLoad(`[c=${concurrency}] incident list with filters (GET /api/v1/incidents)`, opts, async (i) => {
        const res = await fetch(`${base}/api/v1/incidents?limit=50&${filters[i % filters.length]}`, { headers: auth });
        await res.arrayBuffer();
        return res.status === 200 || `HTTP ${res.status}`;
      }));
    }

    const stored = Number((await client.query(`SELECT count(*) FROM "TimelineEntry" WHERE body LIKE $1`, [`bench entry ${runTag} %`])).rows[0].count);
    const append = results[0]!;
    const baseline = results[1]!; // the first level is the target level
    const summary = {
      suite: 'incidents',
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      corpus: { incidents: seed.incidents, timelineEntries: seed.entries },
      concurrency: levels,
      durationS: durationMs / 1000,
      results,
      appendVsBaselineP95: Math.round((append.p95 / Math.max(baseline.p95, 0.01)) * 100) / 100,
      integrity: { acknowledged: sent, stored, lostOrDuplicated: stored - sent },
      targets: { appendP95Ms: 25, appendRatio: 4, pageP95Ms: 150, listP95Ms: 100 },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/incidents.json'), JSON.stringify(summary, null, 2) + '\n');
    console.log('\n| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) console.log(`| ${r.name} | ${r.requests} | ${r.errors} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    console.log(`\nappend p95 / bare insert p95 = ${summary.appendVsBaselineP95}×; acknowledged ${sent}, stored ${stored} (difference ${stored - sent})`);
    console.log('Written to bench/results/incidents.json');
  } finally {
    app?.stop();
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    await db.cleanup().catch(() => {});
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
