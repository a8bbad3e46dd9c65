// The pages suite: what the crowd's browsers download and wait for. On the production build,
// with the incidents corpus (2,000 entries on one incident among 1,000,000; `--scale` for a
// smaller quick run):
//   1. weight: each page's HTML and every <script src> it references, raw and gzipped;
//   2. the incident page under 32 concurrent readers (p95);
//   3. LCP under Lighthouse's mobile profile, per page (./page-lcp.ts);
//   4. 2,000 open event streams on one incident, fan-out time of an append, memory per stream;
//   5. timeline append against a framework-free node:http + pg floor (./append-floor.ts).
// Written to bench/results/pages.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateTokenSecret } from '../../lib/auth/token-secret.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { findFreePort } from '../../lib/db/ports.ts';
import { openBenchDatabase, root, startAppOn, type BenchApp } from './env.ts';
import { measureAppendFloor, type AppendFloorResult } from './append-floor.ts';
import { measureLiveStreams, type LiveStreamsResult } from './live-streams.ts';
import { runLoad, type LoadResult } from './load.ts';
import { measureLcp, type PageLcp } from './page-lcp.ts';
import { frameworkFiles, kb, measurePageWeight, type PageWeight } from './page-weight.ts';
import { seedIncidents } from './seed-incidents.ts';

export interface PagesSuiteOptions {
  incidents: number;
  entries: number;
  durationMs: number;
  concurrency: number;
  streams: number;
  skip: Set<string>;
  log: (m: string) => void;
}

export const PAGE_TARGETS = { loginJsGzipKB: 120, incidentJsGzipKB: 200, incidentHtmlBesidesEntriesKB: 60, incidentP95Ms: 300, incidentLcpMs: 2500, fanOutP95Ms: 1000, appendFloorRatio: 1.5 };

export async function runPagesSuite(o: PagesSuiteOptions): Promise<void> {
  const { log } = o;
  const db = await openBenchDatabase();
  let app: BenchApp | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await applyMigrations(db.url);
    await client.connect();
    log(`Seeding ${o.incidents} incidents and ${o.entries} timeline entries…`);
    const seed = await seedIncidents(client, { incidents: o.incidents, entries: o.entries, log });
    // A person exists (else /login redirects to /setup), and an incident with no entries: its
    // page is "the incident page besides its entries".
    await client.query(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'bench@example.test', 'Bench', 'admin', now())`);
    const empty = (await client.query<{ number: number }>(
      `INSERT INTO "Incident" (id, title, summary, severity, status, impact, "startedAt", "declaredAt", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), 'Bench incident without entries', 'Seeded for benchmarks.', 'SEV2', 'investigating', '', now(), now(), now(), now()) RETURNING number`,
    )).rows[0]!.number;
    const { secret, hash, prefix } = generateTokenSecret();
    await client.query(`INSERT INTO "ApiToken" (id, name, role, "tokenHash", prefix) VALUES (gen_random_uuid(), 'bench', 'responder', $1, $2)`, [hash, prefix]);
    const auth = { authorization: `Bearer ${secret}` };

    app = await startAppOn(db.url, await findFreePort());
    const base = app.base;
    const big = `/incidents/INC-${seed.bigIncidentNumber}`;
    const pages = [
      { page: 'login', path: '/login', headers: {} },
      { page: 'home', path: '/', headers: auth },
      { page: 'incident list', path: '/incidents', headers: auth },
      { page: 'incident (2,000 entries)', path: big, headers: auth },
      { page: 'incident (no entries)', path: `/incidents/INC-${empty}`, headers: auth },
    ];
    for (const p of pages) await fetch(base + p.path, { headers: p.headers }); // warm up

    const weights: PageWeight[] = [];
    const framework = frameworkFiles(path.join(root, '.next'));
    for (const p of pages) weights.push(await measurePageWeight(base, p.page, p.path, p.headers, framework));
    log('\n| page | HTTP | HTML KB | HTML gz KB | scripts | JS KB | JS gz KB | of which Next + React gz KB | largest script KB (gz) | noModule polyfills gz KB (not loaded) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const w of weights) {
      log(`| ${w.page} | ${w.status} | ${kb(w.htmlBytes)} | ${kb(w.htmlGzipBytes)} | ${w.scripts} | ${kb(w.jsBytes)} | ${kb(w.jsGzipBytes)} | ${kb(w.frameworkGzipBytes)} | ${w.largestScript ? `${kb(w.largestScript.bytes)} (${kb(w.largestScript.gzipBytes)})` : '-'} | ${kb(w.noModuleGzipBytes)} |`);
    }

    let load: LoadResult | undefined;
    if (!o.skip.has('load')) {
      load = await runLoad(`[c=${o.concurrency}] incident page (INC-${seed.bigIncidentNumber}, 2,000 entries)`, { concurrency: o.concurrency, durationMs: o.durationMs }, async () => {
        const res = await fetch(base + big, { headers: auth });
        await res.arrayBuffer();
        return res.status === 200 || `HTTP ${res.status}`;
      });
      log(`\n${load.name}: ${load.requests} requests, ${load.errors} errors, ${load.throughput}/s, p50 ${load.p50} ms, p95 ${load.p95} ms, p99 ${load.p99} ms`);
    }

    let lcp: PageLcp[] = [];
    if (!o.skip.has('lcp')) {
      lcp = await measureLcp(base, pages.slice(0, 4));
      log('\n| page | LCP ms (mobile) | score | tool |\n| --- | --- | --- | --- |');
      for (const l of lcp) log(`| ${l.page} | ${l.lcpMs} | ${l.performanceScore ?? '-'} | ${l.tool} |`);
    }

    let live: LiveStreamsResult | undefined;
    if (!o.skip.has('live')) {
      log(`\nOpening ${o.streams} event streams on INC-${seed.bigIncidentNumber}…`);
      live = await measureLiveStreams({ base, pgid: app.pid, incidentNumber: seed.bigIncidentNumber, auth, streams: o.streams, appends: 5, log });
      log(`  fan-out of an append to ${live.opened} streams: p50 ${live.fanOutP50Ms} ms, p95 ${live.fanOutP95Ms} ms, max ${live.fanOutMaxMs} ms, missed ${live.missed}; ${Math.round(live.bytesPerConnection / 1024)} KiB per stream`);
    }

    let floor: AppendFloorResult | undefined;
    if (!o.skip.has('floor')) {
      floor = await measureAppendFloor({ base, dbUrl: db.url, port: await findFreePort(), incidents: o.incidents, auth, concurrency: o.concurrency, durationMs: o.durationMs });
      log('\n| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |');
      for (const r of [floor.app, floor.floor]) log(`| ${r.name} | ${r.requests} | ${r.errors} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} |`);
      log(`floor throughput / product throughput = ${floor.ratio}× (target ≤ 1.5×)`);
    }

    const byPage = (name: string) => weights.find((w) => w.page === name)!;
    const summary = {
      suite: 'pages',
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
      corpus: { incidents: seed.incidents, timelineEntries: seed.entries, bigIncidentEntries: 2000 },
      weights,
      load,
      lcp,
      live,
      floor,
      targets: PAGE_TARGETS,
      met: {
        loginJs: kb(byPage('login').jsGzipBytes) <= PAGE_TARGETS.loginJsGzipKB,
        incidentJs: kb(byPage('incident (2,000 entries)').jsGzipBytes) <= PAGE_TARGETS.incidentJsGzipKB,
        incidentHtmlBesidesEntries: kb(byPage('incident (no entries)').htmlBytes) <= PAGE_TARGETS.incidentHtmlBesidesEntriesKB,
        incidentP95: load ? load.p95 <= PAGE_TARGETS.incidentP95Ms : null,
        incidentLcp: lcp.length ? (lcp.find((l) => l.page.startsWith('incident ('))?.lcpMs ?? Infinity) <= PAGE_TARGETS.incidentLcpMs : null,
        appendFloor: floor ? floor.ratio <= PAGE_TARGETS.appendFloorRatio : null,
        fanOutP95: live ? live.fanOutP95Ms <= PAGE_TARGETS.fanOutP95Ms && live.missed === 0 : null,
      },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/pages.json'), JSON.stringify(summary, null, 2) + '\n');
    log(`\nTargets met: ${JSON.stringify(summary.met)}`);
    log('Written to bench/results/pages.json');
  } finally {
    app?.stop();
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    await db.cleanup().catch(() => {});
  }
}
