// The backup suite: the incidents corpus (100k incidents + 1M timeline entries, the incidents
// suite's seeding; `--scale 0.1` for a quick run), then
// - the timeline-append use case's latency alone, and while a backup runs (the app's p95
//   during the backup; measured in-process through addTimelineEntry, not over HTTP, so the
//   suite needs no production build);
// - backup time, file size, MB/s (of COPY data and of file);
// - restore time into a fresh database, MB/s, and that the row counts match.
// Written to bench/results/backup.json. Numbers on the shared development machine are pessimistic.
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { systemActor } from '../../lib/auth/actor.ts';
import { createBackup } from '../../lib/backup/create-backup.ts';
import { totalRows } from '../../lib/backup/manifest.ts';
import { restoreBackup } from '../../lib/backup/restore-backup.ts';
import { createDb } from '../../lib/db/client.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { exportWorkspace } from '../../lib/export/export-workspace.ts';
import { addTimelineEntry } from '../../lib/timeline/add-timeline-entry.ts';
import { openBenchDatabase, root } from './env.ts';
import { percentile, runLoad, type LoadResult } from './load.ts';
import { seedIncidents } from './seed-incidents.ts';

export interface BackupSuiteOptions {
  incidents: number;
  entries: number;
  durationMs: number;
  concurrency: number;
  log: (m: string) => void;
}

const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

export async function runBackupSuite({ incidents, entries, durationMs, concurrency, log }: BackupSuiteOptions): Promise<void> {
  const source = await openBenchDatabase();
  const target = await openBenchDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-bench-backup-'));
  const client = new pg.Client({ connectionString: source.url });
  const db = createDb(source.url, { max: concurrency + 2 });
  try {
    await applyMigrations(source.url);
    await client.connect();
    log(`Seeding ${incidents} incidents and ${entries} timeline entries…`);
    const seed = await seedIncidents(client, { incidents, entries, log });
    await client.query('VACUUM ANALYZE');
    const actor = { ...systemActor('bench'), role: 'responder' as const };
    const pick = () => 1 + Math.floor(Math.random() * seed.incidents);
    const append = (i: number) => addTimelineEntry(db, { actor, ref: String(pick()), input: { kind: 'note', body: `backup bench ${i}`, highlighted: false } }).then(() => true);

    const quiet = await runLoad(`[c=${concurrency}] timeline append, no backup running`, { concurrency, durationMs }, append);
    log(`append alone: p95 ${quiet.p95} ms`);

    // The same closed loop as runLoad, but for exactly as long as the backup takes.
    let stop = false;
    const latencies: number[] = [];
    let errors = 0;
    let n = 0;
    const worker = async () => {
      while (!stop) {
        const t0 = performance.now();
        await append(n++).catch(() => errors++);
        latencies.push(performance.now() - t0);
      }
    };
    const workers = Promise.all(Array.from({ length: concurrency }, worker));
    const rss = sampleRss();
    const started = performance.now();
    const created = await createBackup(source.url, { dir, log: () => {} });
    const backupS = (performance.now() - started) / 1000;
    const backupRss = rss.stop();
    stop = true;
    await workers;
    latencies.sort((x, y) => x - y);
    const during: LoadResult = {
      name: `[c=${concurrency}] timeline append, during the backup`, requests: latencies.length, errors, durationS: Math.round(backupS * 100) / 100,
      throughput: Math.round(latencies.length / backupS), p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
      max: Math.round((latencies.at(-1) ?? 0) * 100) / 100,
    };
    const copyBytes = created.manifest.tables.reduce((n, t) => n + t.bytes, 0);
    log(`backup: ${backupS.toFixed(1)} s, ${mb(created.sizeBytes)} MB file from ${mb(copyBytes)} MB of COPY data; append p95 during it ${during.p95} ms`);

    // The workspace export of the same corpus (JSON, streamed to a file).
    const exportRss = sampleRss();
    const e0 = performance.now();
    const exportFile = path.join(dir, 'export.json');
    const out = fs.createWriteStream(exportFile);
    const exported = await exportWorkspace(db, { actor: systemActor('bench'), write: async (c) => { if (!out.write(c)) await once(out, 'drain'); } });
    await new Promise((r) => out.end(r));
    const exportS = (performance.now() - e0) / 1000;
    const exportPeak = exportRss.stop();
    log(`export: ${exported.incidents} incidents in ${exportS.toFixed(1)} s, ${mb(fs.statSync(exportFile).size)} MB, RSS +${exportPeak} MB`);

    const r0 = performance.now();
    const restored = await restoreBackup(target.url, { file: created.path });
    const restoreS = (performance.now() - r0) / 1000;
    const check = new pg.Client({ connectionString: target.url });
    await check.connect();
    const restoredEntries = Number((await check.query('SELECT count(*) FROM "TimelineEntry"')).rows[0].count);
    await check.end();
    const backupEntries = created.manifest.tables.find((t) => t.name === 'TimelineEntry')?.rows ?? 0;
    log(`restore (checks the file first, then loads): ${restoreS.toFixed(1)} s; ${restoredEntries} timeline entries (backup: ${backupEntries})`);

    const summary = {
      suite: 'backup',
      at: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version} (shared: numbers are pessimistic)`,
      corpus: { incidents: seed.incidents, timelineEntries: seed.entries, rows: totalRows(created.manifest) },
      backup: {
        seconds: Math.round(backupS * 10) / 10,
        fileMB: mb(created.sizeBytes),
        copyDataMB: mb(copyBytes),
        copyMBperS: Math.round((copyBytes / 1e6 / backupS) * 10) / 10,
        fileMBperS: Math.round((created.sizeBytes / 1e6 / backupS) * 10) / 10,
        rssGrowthMB: backupRss,
      },
      export: { seconds: Math.round(exportS * 10) / 10, incidents: exported.incidents, fileMB: mb(fs.statSync(exportFile).size), rssGrowthMB: exportPeak },
      restore: {
        seconds: Math.round(restoreS * 10) / 10,
        copyMBperS: Math.round((copyBytes / 1e6 / restoreS) * 10) / 10,
        upgradedBy: restored.upgradedBy.length,
        timelineEntriesMatch: restoredEntries === backupEntries,
      },
      appendLatency: { concurrency, quiet, duringBackup: during, p95RatioDuringBackup: Math.round((during.p95 / Math.max(quiet.p95, 0.01)) * 100) / 100 },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/backup.json'), JSON.stringify(summary, null, 2) + '\n');
    console.log('\n| measure | value |\n| --- | --- |');
    console.log(`| corpus | ${seed.incidents} incidents, ${seed.entries} entries, ${summary.corpus.rows} rows |`);
    console.log(`| backup | ${summary.backup.seconds} s, ${summary.backup.fileMB} MB file (${summary.backup.copyDataMB} MB COPY data, ${summary.backup.copyMBperS} MB/s) |`);
    console.log(`| memory (RSS growth) during backup / export | ${backupRss} MB / ${exportPeak} MB |`);
    console.log(`| export (JSON) | ${summary.export.seconds} s, ${summary.export.fileMB} MB |`);
    console.log(`| restore | ${summary.restore.seconds} s (${summary.restore.copyMBperS} MB/s of COPY data), counts match: ${summary.restore.timelineEntriesMatch} |`);
    console.log(`| append p95 alone / during backup | ${quiet.p95} ms / ${during.p95} ms (${summary.appendLatency.p95RatioDuringBackup}×) |`);
    console.log('Written to bench/results/backup.json');
  } finally {
    await db.$disconnect().catch(() => {});
    await client.end().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
    await source.cleanup().catch(() => {});
    await target.cleanup().catch(() => {});
  }
}

// Peak resident memory above the level at the start, sampled every 100 ms: flat means the
// data streamed rather than piled up.
function sampleRss(): { stop: () => number } {
  const base = process.memoryUsage().rss;
  let peak = base;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    stop: () => {
      clearInterval(t);
      return Math.round(((Math.max(peak, process.memoryUsage().rss) - base) / 1e6) * 10) / 10;
    },
  };
}
