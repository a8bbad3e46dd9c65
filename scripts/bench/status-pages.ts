// The status-pages suite: the page everyone opens at once. wrk (a C load generator) with 256
// connections against the production build: the public HTML and summary.json, each beside
// the same server answering a constant buffer of the same size (/status-baseline?bytes=N, a
// route handler: the framework's floor for a dynamic answer), measured in the same run; then
// freshness under load (a published update → visible in summary.json) while wrk hammers the
// HTML. Written to bench/results/status-pages.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateTokenSecret } from '../../lib/auth/token-secret.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { findFreePort } from '../../lib/db/ports.ts';
import { openBenchDatabase, root, startAppOn, type BenchApp } from './env.ts';

export interface StatusPagesSuiteOptions { durationS: number; connections: number; log: (m: string) => void }

interface WrkResult { name: string; url: string; bytes: number; requests: number; throughput: number; p50: number; p90: number; p99: number; errors: number }

function ms(v: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
}

function wrk(name: string, url: string, bytes: number, { durationS, connections }: { durationS: number; connections: number }): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t2', `-c${connections}`, `-d${durationS}s`, '--latency', '--timeout', '5s', url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const pct = (p: string) => ms(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '');
      const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
      const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + [...out.matchAll(/(connect|read|write|timeout) (\d+)/g)].reduce((s, m) => s + Number(m[2]), 0);
      resolve({ name, url, bytes, requests, throughput: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)), p50: pct('50'), p90: pct('90'), p99: pct('99'), errors });
    });
  });
}

export async function runStatusPagesSuite({ durationS, connections, log }: StatusPagesSuiteOptions): Promise<void> {
  const db = await openBenchDatabase();
  let app: BenchApp | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await applyMigrations(db.url);
    await client.connect();
    const { secret, hash, prefix } = generateTokenSecret();
    await client.query(`INSERT INTO "ApiToken" (id, name, role, "tokenHash", prefix) VALUES (gen_random_uuid(), 'bench', 'admin', $1, $2)`, [hash, prefix]);
    process.env.STATUS_BENCH_BASELINE_BYTES = '2000000';
    const fastPort = await findFreePort();
    process.env.STATUS_PAGES_PORT = String(fastPort);
    app = await startAppOn(db.url, await findFreePort());
    const fast = `http://127.0.0.1:${fastPort}`;
    const base = app.base;
    const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
    const call = async (method: string, p: string, body: unknown) => {
      const res = await fetch(`${base}${p}`, { method, headers, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };

    log('Seeding a page with 20 components in 4 groups, 3 open incidents with updates…');
    const services: string[] = [];
    for (let i = 0; i < 20; i++) {
      const slug = `bench-status-svc-${i}`;
      await call('POST', '/api/v1/services', { slug, name: `Service ${i} 服务` });
      services.push(slug);
    }
    const slug = 'bench-status';
    await call('POST', '/api/v1/status-pages', { slug, title: 'Bench status', titleZh: '压测状态页', visibility: 'public', components: services.map((s, i) => ({ service: s, group: `Group ${i % 4}`, groupZh: `分组 ${i % 4}` })) });
    const incidents: number[] = [];
    for (let i = 0; i < 3; i++) {
      const inc = await call('POST', '/api/v1/incidents', { title: `Bench incident ${i}`, severity: 'SEV2', services: [services[i]!] });
      incidents.push(inc.number as number);
      await call('PUT', `/api/v1/incidents/${inc.number}/impact`, { components: [{ service: services[i]!, impact: ['degraded_performance', 'partial_outage', 'major_outage'][i] }] });
      for (let u = 0; u < 2; u++) {
        await call('POST', `/api/v1/incidents/${inc.number}/stakeholder-updates`, { whatIsHappening: `Update ${u} of incident ${i}: some requests fail`, whatWeAreDoing: 'Investigating', nextUpdateAt: null, statusPages: [slug], workaround: { en: 'Retry in a minute', zhCN: '请一分钟后重试' } });
      }
    }
    const htmlUrl = `${base}/status/${slug}`;
    const jsonUrl = `${base}/status/${slug}/api/v2/summary.json`;
    const htmlBytes = (await (await fetch(htmlUrl)).arrayBuffer()).byteLength;
    const jsonBytes = (await (await fetch(jsonUrl)).arrayBuffer()).byteLength;
    const opts = { durationS, connections };
    // Warm-up: JIT, caches and the listener.
    await wrk('warm-up', htmlUrl, htmlBytes, { durationS: 3, connections: 32 });
    await wrk('warm-up', `${fast}/status/${slug}`, htmlBytes, { durationS: 2, connections: 32 });
    log(`HTML ${htmlBytes} bytes, summary.json ${jsonBytes} bytes; ${connections} connections, ${durationS} s each`);

    const results: WrkResult[] = [];
    for (const [where, origin] of [['Next.js route handler', base], ['status listener (STATUS_PAGES_PORT)', fast]] as const) {
      results.push(await wrk(`${where}: status page HTML`, origin + `/status/${slug}`, htmlBytes, opts));
      results.push(await wrk(`${where}: baseline, constant ${htmlBytes}-byte buffer`, `${origin}/status-baseline?bytes=${htmlBytes}`, htmlBytes, opts));
      results.push(await wrk(`${where}: summary.json`, origin + `/status/${slug}/api/v2/summary.json`, jsonBytes, opts));
      results.push(await wrk(`${where}: baseline, constant ${jsonBytes}-byte buffer`, `${origin}/status-baseline?bytes=${jsonBytes}`, jsonBytes, opts));
    }

    // Published through the Next.js server, read from the status listener: another instance,
    // with its own cache and LISTEN connection, under load.
    log('Freshness under load: publishing updates while wrk loads the HTML…');
    const fastJson = `${fast}/status/${slug}/api/v2/summary.json`;
    const load = wrk('status listener: HTML during updates', `${fast}/status/${slug}`, htmlBytes, { durationS: 12, connections });
    const freshness: number[] = [];
    const postMs: number[] = [];
    await new Promise((r) => setTimeout(r, 1500));
    for (let k = 0; k < 5; k++) {
      const marker = `fresh-${Date.now().toString(36)}-${k}`;
      const t0 = performance.now();
      await call('POST', `/api/v1/incidents/${incidents[0]}/stakeholder-updates`, { whatIsHappening: marker, whatWeAreDoing: 'x', nextUpdateAt: null, statusPages: [slug] });
      // Committed when the POST answers: from then on, how long until a reader sees it.
      const t1 = performance.now();
      postMs.push(Math.round(t1 - t0));
      for (;;) {
        const text = await (await fetch(fastJson)).text();
        if (text.includes(marker)) break;
        if (performance.now() - t1 > 10_000) throw new Error('update not visible after 10 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      freshness.push(Math.round(performance.now() - t1));
      await new Promise((r) => setTimeout(r, 1000));
    }
    results.push(await load);

    const ratio = (page: WrkResult, floor: WrkResult) => ({
      throughput: Math.round((floor.throughput / Math.max(page.throughput, 1)) * 100) / 100,
      p99: Math.round((page.p99 / Math.max(floor.p99, 0.01)) * 100) / 100,
    });
    const r = results;
    const summary = {
      suite: 'status-pages',
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores (shared with other work and with wrk itself), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
      connections,
      durationS,
      baseline: 'GET /status-baseline?bytes=N on the same server: a constant buffer of the same size (a route handler on Next.js; a plain answer on the status listener)',
      results,
      ratiosBaselineOverPage: {
        nextHtml: ratio(r[0]!, r[1]!),
        nextJson: ratio(r[2]!, r[3]!),
        listenerHtml: ratio(r[4]!, r[5]!),
        listenerJson: ratio(r[6]!, r[7]!),
      },
      // Answer of the publishing POST (the server is saturated by wrk), then commit → visible in summary.json.
      publishPostMs: { samples: postMs, max: Math.max(...postMs) },
      freshnessMs: { samples: freshness, max: Math.max(...freshness) },
      targets: { throughput: 3000, p99Ms: 30, ratioMax: 2, freshnessMs: 2000 },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/status-pages.json'), JSON.stringify(summary, null, 2) + '\n');
    console.log('\n| scenario | bytes | requests | errors | req/s | p50 ms | p90 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) console.log(`| ${r.name} | ${r.bytes} | ${r.requests} | ${r.errors} | ${r.throughput} | ${r.p50} | ${r.p90} | ${r.p99} |`);
    console.log(`\nbaseline ÷ page: ${JSON.stringify(summary.ratiosBaselineOverPage)}; freshness under load (commit → visible) ${freshness.join(', ')} ms; publishing POST took ${postMs.join(', ')} ms`);
    console.log('Written to bench/results/status-pages.json');
  } finally {
    app?.stop();
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    await db.cleanup().catch(() => {});
  }
}
