// The insights suite: 100k incidents over three years (facts kept by the triggers); the summary
// API over a month, a year and all three years with filters, and the /insights page (server
// render with its charts), at each concurrency level; plus the drift check over every row.
// Written to bench/results/insights.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateTokenSecret } from '../../lib/auth/token-secret.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { findFreePort } from '../../lib/db/ports.ts';
import { openBenchDatabase, root, startAppOn, type BenchApp } from './env.ts';
import { runLoad, type LoadResult } from './load.ts';
import { seedInsights } from './seed-insights.ts';

export interface InsightsSuiteOptions { incidents: number; durationMs: number; levels: number[]; log: (m: string) => void }

const DAY = 86_400_000;

export async function runInsightsSuite({ incidents, durationMs, levels, log }: InsightsSuiteOptions): Promise<void> {
  const db = await openBenchDatabase();
  const results: LoadResult[] = [];
  let app: BenchApp | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await applyMigrations(db.url);
    await client.connect();
    log(`Seeding ${incidents} incidents over three years…`);
    const seedStart = performance.now();
    const seed = await seedInsights(client, { incidents, log });
    const seedMs = Math.round(performance.now() - seedStart);
    const driftStart = performance.now();
    const drift = Number((await client.query(`SELECT count(*) FROM ((SELECT * FROM "IncidentFactSource" EXCEPT SELECT "incidentId", "declaredAt", severity, drill, "timeToDetect", "timeToAcknowledge", "timeToMitigate", "timeToResolve", "serviceIds", "factorKeys", "changeCaused", "changeKinds", "changeShortNotice", "changeUnacknowledged", "knownIssueIds" FROM "IncidentFact")) d`)).rows[0].count);
    const driftMs = Math.round(performance.now() - driftStart);
    log(`  drift check over all incidents: ${drift} rows differ (${driftMs} ms)`);

    const { secret, hash, prefix } = generateTokenSecret();
    await client.query(`INSERT INTO "ApiToken" (id, name, role, "tokenHash", prefix) VALUES (gen_random_uuid(), 'bench', 'viewer', $1, $2)`, [hash, prefix]);
    const auth = { authorization: `Bearer ${secret}` };
    app = await startAppOn(db.url, await findFreePort());
    const base = app.base;
    const iso = (ms: number) => new Date(Date.now() - ms).toISOString();
    const queries = [
      `from=${iso(30 * DAY)}`,
      `from=${iso(365 * DAY)}&severity=SEV1,SEV2`,
      `from=${iso(3 * 365 * DAY + DAY)}`,
      `from=${iso(3 * 365 * DAY + DAY)}&team=${seed.teamSlugs[3]}&drills=include`,
      `from=${iso(365 * DAY)}&service=${seed.serviceSlugs[7]}`,
    ];
    // The page: the same periods as plain dates in a reader's time zone.
    const day = (ms: number) => new Date(Date.now() - ms).toISOString().slice(0, 10);
    const pages = [`from=${day(30 * DAY)}`, `from=${day(365 * DAY)}&tz=Asia/Shanghai`, `from=${day(3 * 365 * DAY + DAY)}&interval=month`, `from=${day(3 * 365 * DAY)}&team=${seed.teamSlugs[1]}&interval=month`];
    await fetch(`${base}/api/v1/insights/summary?${queries[0]}`, { headers: auth });
    await fetch(`${base}/insights?${pages[0]}`, { headers: auth });
    for (const concurrency of levels) {
      const opts = { concurrency, durationMs };
      results.push(await runLoad(`[c=${concurrency}] summary API (GET /api/v1/insights/summary, 1 month … 3 years, filters)`, opts, async (i) => {
        const res = await fetch(`${base}/api/v1/insights/summary?${queries[i % queries.length]}`, { headers: auth });
        await res.arrayBuffer();
        return res.status === 200 || `HTTP ${res.status}`;
      }));
      results.push(await runLoad(`[c=${concurrency}] summary API, all three years, no filter`, opts, async () => {
        const res = await fetch(`${base}/api/v1/insights/summary?${queries[2]}`, { headers: auth });
        await res.arrayBuffer();
        return res.status === 200 || `HTTP ${res.status}`;
      }));
      results.push(await runLoad(`[c=${concurrency}] /insights page, server render with 8 charts (1 month … 3 years)`, opts, async (i) => {
        const res = await fetch(`${base}/insights?${pages[i % pages.length]}`, { headers: auth });
        await res.arrayBuffer();
        return res.status === 200 || `HTTP ${res.status}`;
      }));
    }
    const summary = {
      suite: 'insights',
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version} (shared with other work: numbers are pessimistic)`,
      corpus: { incidents, years: 3, seedMs },
      drift: { rowsDiffering: drift, checkMs: driftMs },
      concurrency: levels,
      durationS: durationMs / 1000,
      results,
      targets: { summaryP95Ms: 300, pageP95Ms: 300 },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/insights.json'), JSON.stringify(summary, null, 2) + '\n');
    console.log('\n| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) console.log(`| ${r.name} | ${r.requests} | ${r.errors} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    console.log('Written to bench/results/insights.json');
  } finally {
    app?.stop();
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    await db.cleanup().catch(() => {});
  }
}
