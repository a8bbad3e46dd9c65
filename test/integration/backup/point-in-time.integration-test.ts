// Continuous archiving and point-in-time restore on a real embedded PostgreSQL: write A, note
// the time, write B; a restore to that moment has A and not B.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreToTime } from '@/lib/backup/pitr/restore-to-time';
import { listBaseBackups, takeBaseBackup } from '@/lib/backup/pitr/take-base-backup';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';
import { findFreePort } from '@/lib/db/ports';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-pitr-'));
fs.chmodSync(root, 0o755); // the server runs as `postgres` when the tests run as root
const servers: EmbeddedDatabase[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => {});
  fs.rmSync(root, { recursive: true, force: true });
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('point-in-time restore (embedded server)', () => {
  it('restores to a moment between two writes: the first is there, the second is not', async () => {
    const dataDir = path.join(root, 'data');
    const archive = path.join(root, 'archive');
    const server = await startEmbeddedDatabase({ dataDir, port: await findFreePort(), walArchive: { dir: archive, timeoutSeconds: 1 } });
    servers.push(server);
    await sql(server.url, 'CREATE TABLE pitr (v text, at timestamptz DEFAULT clock_timestamp())');
    const { info } = await takeBaseBackup(server.url, { pgDataDir: path.join(dataDir, 'postgres'), archiveDir: archive });
    expect(listBaseBackups(archive).map((b) => b.info.label)).toEqual([info.label]);

    await sql(server.url, `INSERT INTO pitr (v) VALUES ('A')`);
    await sleep(1200);
    const between = new Date();
    await sleep(1200);
    await sql(server.url, `INSERT INTO pitr (v) VALUES ('B')`);
    // Close the segment holding B and wait until it is in the archive.
    // The segment that holds B's commit (archive_timeout may already have switched away from it,
    // in which case pg_switch_wal() would name a later, empty segment that is never archived).
    const wal = (await sql<{ wal: string }>(server.url, 'SELECT pg_walfile_name(pg_current_wal_lsn()) AS wal'))[0]!.wal;
    await sql(server.url, 'SELECT pg_switch_wal()');
    // Up to a minute: on a loaded machine the archiver may be in its retry wait (PostgreSQL
    // retries a failed archive_command after up to 60 s), and it is what a real archive waits for.
    for (let i = 0; i < 600 && !fs.existsSync(path.join(archive, 'wal', wal)); i++) await sleep(100);
    expect(fs.existsSync(path.join(archive, 'wal', wal))).toBe(true);
    await server.stop();
    servers.pop();

    const restored = await restoreToTime({ archiveDir: archive, target: between, toDataDir: path.join(root, 'restored') });
    expect(restored.base.label).toBe(info.label);
    const again = await startEmbeddedDatabase({ dataDir: restored.dataDir, port: await findFreePort() });
    servers.push(again);
    expect((await sql<{ v: string }>(again.url, 'SELECT v FROM pitr ORDER BY at')).map((r) => r.v)).toEqual(['A']);
    // An ordinary, writable server afterwards (promoted), with no recovery settings left behind.
    await sql(again.url, `INSERT INTO pitr (v) VALUES ('C')`);
    expect(fs.readFileSync(path.join(restored.dataDir, 'postgres', 'postgresql.auto.conf'), 'utf8')).not.toMatch(/recovery_target_time/);

    // A moment before the base backup finished cannot be reached, and says from when it can.
    await expect(restoreToTime({ archiveDir: archive, target: new Date(Date.parse(info.startedAt) - 60_000), toDataDir: path.join(root, 'too-early') }))
      .rejects.toThrow(/No base backup finished before .* earliest moment that can be restored is/);
  }, 180_000);
});
