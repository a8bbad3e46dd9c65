import 'server-only';
// A consistent online backup of the database through SQL alone (the embedded server ships no
// pg_dump, and the system's pg_dump refuses a newer server): one REPEATABLE READ READ ONLY
// transaction is one snapshot, and every table is streamed out of it with `COPY … TO STDOUT`
// in primary-key order, hashed and gzipped into its own file. The app keeps writing meanwhile;
// what committed before the snapshot is in, what did not is not, nothing is half in.
// The file is a tar of manifest.json + tables/*.copy.gz, written under a temporary name and
// renamed when complete, so a crash never leaves a file that looks like a backup.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import * as tar from 'tar';
import pkg from '../../package.json' with { type: 'json' };
import { listForeignKeys, listSequences, listTables, loadOrder } from './catalog.ts';
import { digestTable } from './table-digest.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, manifestChecksum, type BackupManifest, type ManifestTable } from './manifest.ts';

export interface CreateBackupOptions {
  /** Directory to write the backup file into (created if missing). */
  dir: string;
  log?: (message: string) => void;
  /** Called once the snapshot is taken: everything committed before this moment is in the backup. */
  onSnapshot?: () => void;
  now?: () => Date;
}

export interface CreatedBackup {
  path: string;
  sizeBytes: number;
  durationMs: number;
  manifest: BackupManifest;
}

export function backupFileName(at: Date): string {
  return `firebreak-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar`;
}

export async function createBackup(url: string, opts: CreateBackupOptions): Promise<CreatedBackup> {
  const started = Date.now();
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  fs.mkdirSync(opts.dir, { recursive: true });
  const at = now();
  const finalPath = path.resolve(opts.dir, backupFileName(at));
  // The table files are spooled next to the destination (same disk), then packed.
  const work = fs.mkdtempSync(path.join(opts.dir, '.backup-'));
  const partial = `${finalPath}.partial`;
  const client = new pg.Client({ connectionString: url, application_name: 'firebreak-backup' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The snapshot is taken by the first statement of the transaction.
    const { rows: info } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    opts.onSnapshot?.();
    const { rows: migs } = await client.query<{ t: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS t`);
    const migrations = migs[0]?.t
      ? (await client.query<{ migration_name: string }>(
          `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        )).rows.map((r) => r.migration_name)
      : [];
    // In load order (referenced tables first), so a restore without the right to switch off
    // foreign-key triggers can load the files as they come.
    const byName = new Map((await listTables(client)).map((t) => [t.name, t]));
    const tables = loadOrder([...byName.keys()], await listForeignKeys(client)).map((n) => byName.get(n)!);
    const sequences = await listSequences(client);
    fs.mkdirSync(path.join(work, 'tables'));
    const entries: ManifestTable[] = [];
    for (const [i, table] of tables.entries()) {
      const file = `tables/${String(i).padStart(3, '0')}-${table.name}.copy.gz`;
      const digest = await digestTable(client, table, { transform: zlib.createGzip({ level: 6 }), out: fs.createWriteStream(path.join(work, file)) });
      entries.push({ name: table.name, file, columns: table.columns, primaryKey: table.primaryKey, ...digest });
      if (digest.rows > 0) log(`${table.name}: ${digest.rows} row(s)`);
    }
    await client.query('COMMIT');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: pkg.version,
      createdAt: at.toISOString(),
      serverVersion: info[0]?.v ?? 'unknown',
      migrations,
      tables: entries,
      sequences,
      sha256: manifestChecksum(entries),
    };
    fs.writeFileSync(path.join(work, MANIFEST_ENTRY), `${JSON.stringify(manifest, null, 2)}\n`);
    // The manifest first: a restore reads it (and refuses a newer schema) before any data.
    await tar.c({ file: partial, cwd: work, portable: true, noMtime: true }, [MANIFEST_ENTRY, ...entries.map((e) => e.file)]);
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, finalPath);
    return { path: finalPath, sizeBytes: fs.statSync(finalPath).size, durationMs: Date.now() - started, manifest };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    await client.end().catch(() => {});
    fs.rmSync(work, { recursive: true, force: true });
  }
}
