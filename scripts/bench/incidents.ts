// The incidents suite: 100k incidents + 1M timeline entries; timeline append (against a bare
// INSERT baseline), the incident page and the filtered list, at each concurrency level.
// Written to bench/results/incidents.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateTokenSecret } from '../../lib/auth/token-secret.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { findFreePort } from '../../lib/db/ports.ts';
import { openBenchDatabase, root, startAppOn, type BenchApp } from './env.ts';
import { runLoad, type LoadResult } from './load.ts';
import { seedIncidents } from './seed-incidents.ts';

export interface IncidentsSuiteOptions {
  incidents: number;
  entries: number;
  durationMs: number;
  /** The target level first, then lighter ones. */
  levels: number[];
  log: (m: string) => void;
}

export async function runIncidentsSuite({ incidents: nIncidents, entries: nEntries, durationMs, levels, log }: IncidentsSuiteOptions): Promise<void> {
  const db = await openBenchDatabase();
  const results: LoadResult[] = [];
  let app: BenchApp | undefined;
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
