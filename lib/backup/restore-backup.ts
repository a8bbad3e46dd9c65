import 'server-only';
// Restoring a backup file into the database at `url`:
// 1. the manifest is read first; a backup made at a migration this build does not have is
//    refused (it comes from a newer Firebreak, whose schema this one cannot recreate);
// 2. a target holding data is refused unless `force`, with a summary of what would be replaced;
// 3. the whole file is checked against its checksums before anything changes;
// 4. the schema is rebuilt by the app's own migrations up to the backup's level, the tables
//    are loaded with COPY FROM in one transaction (foreign-key triggers off when the role may
//    do that, else in the load order the backup was written in), sequences are set;
// 5. the migrations that came after the backup run, as at any upgrade.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { entries } from 'tar';
import { applyMigrations, defaultMigrationsDir, listMigrationNames, MIGRATION_LOCK_CONTENT, MIGRATION_LOCK_FILE } from '../db/migrate.ts';
import { AppError } from '../errors/app-error.ts';
import { qi } from './catalog.ts';
import { MANIFEST_ENTRY, backupManifest, type BackupManifest } from './manifest.ts';
import { readBackup, DamagedBackupError } from './read-backup.ts';

export interface RestoreBackupOptions {
  file: string;
  /** Replace a database that holds data. */
  force?: boolean;
  migrationsDir?: string;
  /** Leave the data at the backup's migration level (verification compares it as it was). */
  skipUpgrade?: boolean;
  log?: (message: string) => void;
}

export interface RestoredBackup {
  manifest: BackupManifest;
  /** Migrations applied after the data was loaded (the backup was older than this build). */
  upgradedBy: string[];
  durationMs: number;
}

/** The manifest alone, without reading the data. */
export async function readBackupManifest(file: string): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new AppError('not_found', `There is no backup file ${file}.`);
  const it = entries(fs.createReadStream(file), { file });
  try {
    const first = await it.next();
    if (first.done || first.value.path !== MANIFEST_ENTRY) throw new DamagedBackupError(file, 'it does not start with a manifest (is it a Firebreak backup?)');
    const parsed = backupManifest.safeParse(JSON.parse(await first.value.text()));
    if (!parsed.success) throw new DamagedBackupError(file, 'its manifest is not a Firebreak backup manifest');
    return parsed.data;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new DamagedBackupError(file, (e as Error).message.replace(/\.$/, ''));
  } finally {
    await it.return?.();
  }
}

/** Refuses a backup whose schema this build cannot recreate. */
export function checkMigrationLevel(manifest: BackupManifest, local: string[]): void {
  const known = new Set(local);
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length) {
    throw new AppError(
      'conflict',
      `This backup was made by a newer Firebreak (${manifest.appVersion}): its schema includes migration(s) this version does not have (${unknown.join(', ')}). ` +
        'Upgrade Firebreak to that version or later, then restore it.',
    );
  }
}

export interface TargetContents {
  tables: number;
  rows: number;
  /** The tables holding rows, largest first. */
  nonEmpty: { name: string; rows: number }[];
}

export async function inspectTarget(client: pg.ClientBase): Promise<TargetContents> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
  );
  const nonEmpty: { name: string; rows: number }[] = [];
  for (const t of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qi(t.name)}`);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) nonEmpty.push({ name: t.name, rows: n });
  }
  nonEmpty.sort((a, b) => b.rows - a.rows);
  return { tables: tables.length, rows: nonEmpty.reduce((s, t) => s + t.rows, 0), nonEmpty };
}

function describeTarget(url: string, c: TargetContents): string {
  const u = new URL(url);
  const top = c.nonEmpty.slice(0, 6).map((t) => `${t.name} ${t.rows}`).join(', ');
  const more = c.nonEmpty.length > 6 ? `, and ${c.nonEmpty.length - 6} more table(s)` : '';
  return `The database ${u.hostname}:${u.port || 5432}${u.pathname} is not empty: it holds ${c.rows} row(s) in ${c.nonEmpty.length} table(s) (${top}${more}). ` +
    'Restoring would replace all of it. Run the restore again with --force to replace it, or choose an empty database with DATABASE_URL.';
}

export async function restoreBackup(url: string, opts: RestoreBackupOptions): Promise<RestoredBackup> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const migrationsDir = opts.migrationsDir ?? defaultMigrationsDir();
  const manifest = await readBackupManifest(opts.file);
  checkMigrationLevel(manifest, listMigrationNames(migrationsDir));

  const client = new pg.Client({ connectionString: url, application_name: 'firebreak-restore' });
  await client.connect();
  try {
    const target = await inspectTarget(client);
    if (target.rows > 0 && !opts.force) throw new AppError('conflict', describeTarget(url, target));
    log('Checking the backup file against its checksums…');
    await readBackup(opts.file);
    if (target.tables > 0) {
      if (target.rows > 0) log(`Replacing ${target.rows} row(s) in ${target.nonEmpty.length} table(s) (--force).`);
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    }
    log(`Creating the schema at the backup's level (${manifest.migrations.length} migration(s))…`);
    await applyLevel(url, migrationsDir, manifest.migrations, log);

    const { rows: su } = await client.query<{ ok: boolean }>('SELECT rolsuper AS ok FROM pg_roles WHERE rolname = current_user');
    await client.query('BEGIN');
    try {
      // Rows go back exactly as they were: no foreign-key checks and no triggers (such as the
      // one stamping changedAt) when allowed; otherwise the load order keeps references valid.
      if (su[0]?.ok) await client.query('SET LOCAL session_replication_role = replica');
      // The backup's own migration history replaces the one the engine just wrote.
      if (manifest.tables.some((t) => t.name === '_prisma_migrations')) await client.query('TRUNCATE _prisma_migrations');
      await readBackup(opts.file, {
        onTable: (table) => {
          if (table.rows > 0) log(`${table.name}: ${table.rows} row(s)`);
          return client.query(copyFrom(`COPY ${qi(table.name)} (${table.columns.map(qi).join(', ')}) FROM STDIN`));
        },
      });
      for (const s of manifest.sequences) {
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qi(s.name), s.lastValue, s.isCalled]);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    }
    const upgradedBy = opts.skipUpgrade ? [] : await applyMigrations(url, { migrationsDir, log });
    if (upgradedBy.length) log(`Upgraded the restored data with ${upgradedBy.length} newer migration(s).`);
    return { manifest, upgradedBy, durationMs: Date.now() - started };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Applies exactly the backup's migrations, from a temporary copy of their directories. */
async function applyLevel(url: string, migrationsDir: string, names: string[], log: (m: string) => void): Promise<void> {
  if (!names.length) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-restore-migrations-'));
  try {
    for (const name of names) fs.cpSync(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
    const lock = path.join(migrationsDir, MIGRATION_LOCK_FILE);
    fs.writeFileSync(path.join(dir, MIGRATION_LOCK_FILE), fs.existsSync(lock) ? fs.readFileSync(lock) : MIGRATION_LOCK_CONTENT);
    await applyMigrations(url, { migrationsDir: dir, log });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
