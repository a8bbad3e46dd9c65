// The alerts suite (issue 12): 32 concurrent senders post Alertmanager webhooks to the
// production build, 90% repeats of known alerts and 10% new ones; against a bare
// `INSERT … ON CONFLICT` of the same rows with the same load generator and concurrency; then
// one Alertmanager group of 5,000 alerts in one body. Written to bench/results/alerts.json.
// Integrity: every acknowledged new alert is stored once (no loss, no doubles).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { defaultRules } from '../../lib/alerts/default-rules.ts';
import { generateSourceKey } from '../../lib/alerts/source-key.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { findFreePort } from '../../lib/db/ports.ts';
import { openBenchDatabase, root, startAppOn, type BenchApp } from './env.ts';
import { runLoad, type LoadResult } from './load.ts';

export interface AlertsSuiteOptions {
  durationMs: number;
  concurrency: number;
  groupSize: number;
  log: (m: string) => void;
}

const POOL = 2_000; // known alerts the repeats are drawn from

function body(fingerprint: string, i: number) {
  return JSON.stringify({
    version: '4', receiver: 'firebreak', status: 'firing', groupKey: `{}:{alertname="Bench${i % 50}"}`, truncatedAlerts: 0,
    groupLabels: { alertname: `Bench${i % 50}` }, commonLabels: {}, commonAnnotations: {}, externalURL: 'http://alertmanager.bench',
    alerts: [{
      status: 'firing', fingerprint, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: '0001-01-01T00:00:00Z', generatorURL: 'http://prometheus.bench/graph',
      labels: { alertname: `Bench${i % 50}`, service: 'bench-unknown', severity: 'warning', instance: `10.0.${i % 250}.${i % 200}:9100` },
      annotations: { summary: `Bench alert ${fingerprint}`, description: 'call success rate below 95% (调用服务失败)' },
    }],
  });
}

export async function runAlertsSuite({ durationMs, concurrency, groupSize, log }: AlertsSuiteOptions): Promise<void> {
  const db = await openBenchDatabase();
  const results: LoadResult[] = [];
  let app: BenchApp | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await applyMigrations(db.url);
    await client.connect();
    const { key, hash, prefix } = generateSourceKey();
    const source = (await client.query<{ id: string }>(`INSERT INTO "AlertSource" (id, type, name, "keyHash", "keyPrefix", "updatedAt") VALUES (gen_random_uuid(), 'alertmanager', 'bench', $1, $2, now()) RETURNING id`, [hash, prefix])).rows[0]!.id;
    for (const r of defaultRules(source)) {
      await client.query(
        `INSERT INTO "AlertRule" (id, "sourceId", position, name, matchers, "requireService", "severityMap", action, "titleTemplate", "groupBy", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7::"AlertRuleAction", $8, $9, now())`,
        [source, r.position, r.name, JSON.stringify(r.matchers), r.requireService, JSON.stringify(r.severityMap), r.action, r.titleTemplate, JSON.stringify(r.groupBy)],
      );
    }
    // Senders must not be throttled here: the limit would cap the measurement, not the path.
    process.env.ALERT_RATE_LIMIT_PER_SECOND = '1000000';
    app = await startAppOn(db.url, await findFreePort());
    const url = `${app.base}/api/v1/alerts/alertmanager/${key}`;
    const run = Date.now().toString(36);
    const post = (b: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });

    log(`Seeding ${POOL} known alerts through the app…`);
    for (let i = 0; i < POOL; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => post(body(`known-${run}-${i + j}`, i + j)).then((r) => r.arrayBuffer())));
    }

    // Let the worker route the seeded alerts first: the measurement is the receive path, not a backlog.
    for (let i = 0; i < 600; i++) {
      const pending = Number((await client.query(`SELECT count(*) FROM "AlertEvent" WHERE "processedAt" IS NULL`)).rows[0].count);
      if (pending === 0) break;
      if (i % 20 === 0) log(`waiting for the worker to route the seeded alerts (${pending} queued)…`);
      await new Promise((r) => setTimeout(r, 500));
    }

    const newKeys = new Set<string>();
    results.push(await runLoad(`[c=${concurrency}] Alertmanager webhook, 90% repeats / 10% new (POST /api/v1/alerts/alertmanager/{key})`, { concurrency, durationMs }, async (i) => {
      const isNew = i % 10 === 0;
      const fp = isNew ? `new-${run}-${i}` : `known-${run}-${(i * 7919) % POOL}`;
      const res = await post(body(fp, i));
      await res.arrayBuffer();
      if (res.status === 200 && isNew) newKeys.add(fp);
      return res.status === 200 || `HTTP ${res.status}`;
    }));

    await client.query(`CREATE TABLE bench_alert (source uuid, dedup text, status text, labels jsonb, annotations jsonb, payload jsonb, last_seen timestamptz, occurrences int, PRIMARY KEY (source, dedup))`);
    const pool = new pg.Pool({ connectionString: db.url, max: 20 });
    for (let i = 0; i < POOL; i++) await pool.query(`INSERT INTO bench_alert VALUES ($1, $2, 'firing', '{}', '{}', '{}', now(), 1)`, [source, `known-${run}-${i}`]);
    results.push(await runLoad(`[c=${concurrency}] baseline: bare INSERT … ON CONFLICT of the same rows`, { concurrency, durationMs }, async (i) => {
      const isNew = i % 10 === 0;
      const fp = isNew ? `base-${run}-${i}` : `known-${run}-${(i * 7919) % POOL}`;
      const alert = (JSON.parse(body(fp, i)) as { alerts: { labels: unknown; annotations: unknown }[] }).alerts[0]!;
      await pool.query(
        `INSERT INTO bench_alert VALUES ($1, $2, 'firing', $3, $4, $5, now(), 1)
         ON CONFLICT (source, dedup) DO UPDATE SET last_seen = now(), occurrences = bench_alert.occurrences + 1`,
        [source, fp, JSON.stringify(alert.labels), JSON.stringify(alert.annotations), JSON.stringify(alert)],
      );
      return true;
    }));
    await pool.end();

    // One Alertmanager group of groupSize alerts in one body.
    const group = JSON.stringify({
      version: '4', receiver: 'firebreak', status: 'firing', groupKey: '{}:{alertname="BigGroup"}', truncatedAlerts: 0, groupLabels: { alertname: 'BigGroup' }, commonLabels: {}, commonAnnotations: {},
      alerts: Array.from({ length: groupSize }, (_, i) => ({
        status: 'firing', fingerprint: `group-${run}-${i}`, startsAt: new Date().toISOString(), endsAt: '0001-01-01T00:00:00Z',
        labels: { alertname: 'BigGroup', instance: `host-${i}`, severity: 'warning' }, annotations: { summary: `Node ${i} down` },
      })),
    });
    const t0 = performance.now();
    const res = await post(group);
    const answer = (await res.json()) as { accepted?: number };
    const groupMs = Math.round(performance.now() - t0);
    const groupStored = Number((await client.query(`SELECT count(*) FROM "Alert" WHERE "dedupKey" LIKE $1`, [`group-${run}-%`])).rows[0].count);

    const stored = Number((await client.query(`SELECT count(*) FROM "Alert" WHERE "dedupKey" LIKE $1`, [`new-${run}-%`])).rows[0].count);
    const events = Number((await client.query(`SELECT count(*) FROM "AlertEvent" e JOIN "Alert" a ON a.id = e."alertId" WHERE a."dedupKey" LIKE $1`, [`new-${run}-%`])).rows[0].count);
    const [ingest, baseline] = results as [LoadResult, LoadResult];
    const summary = {
      suite: 'alerts',
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version} (shared with other work: pessimistic)`,
      concurrency,
      durationS: durationMs / 1000,
      results,
      throughputVsBaseline: Math.round((baseline.throughput / Math.max(ingest.throughput, 1)) * 100) / 100,
      group: { alerts: groupSize, status: res.status, accepted: answer.accepted ?? null, stored: groupStored, ms: groupMs, bytes: group.length },
      integrity: { acknowledgedNew: newKeys.size, stored, queuedEvents: events, lostOrDoubled: stored - newKeys.size + (events - stored) },
      targets: { eventsPerSecond: 1500, p95Ms: 50, timesBaseline: 3 },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/alerts.json'), JSON.stringify(summary, null, 2) + '\n');
    console.log('\n| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) console.log(`| ${r.name} | ${r.requests} | ${r.errors} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    console.log(`\nbaseline throughput / app throughput = ${summary.throughputVsBaseline}× (target ≤ 3×)`);
    console.log(`group of ${groupSize}: HTTP ${res.status} in ${groupMs} ms, ${groupStored} stored`);
    console.log(`new alerts acknowledged ${newKeys.size}, stored ${stored}, queued events ${events}`);
    console.log('Written to bench/results/alerts.json');
  } finally {
    app?.stop();
    await client.end().catch(() => {});
    await new Promise((r) => setTimeout(r, 1500));
    await db.cleanup().catch(() => {});
  }
}
