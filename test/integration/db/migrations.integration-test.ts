// The migration tooling against a real PostgreSQL: the migrations produce exactly
// schema.prisma, the history looks as `prisma migrate deploy` writes it, concurrent
// start-ups apply each migration once, and the health status tells pending from current.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FIREBREAK_MIGRATE_LOCK,
  applyMigrations,
  defaultMigrationsDir,
  getMigrationStatus,
  readMigrations,
} from '@/lib/db/migrate';
import { NO_FILTERS, toMigrationList, withSchemaEngine } from '@/lib/db/schema-engine';
import { createScratchDatabase, testDatabaseUrl } from '../../support/db.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const localNames = readMigrations().map((m) => m.name);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of prisma/migrations in a temp project directory, to add migrations to. */
function copyProject(): { cwd: string; migrationsDir: string } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-migrations-'));
  cleanups.push(() => fs.rmSync(cwd, { recursive: true, force: true }));
  const migrationsDir = path.join(cwd, 'prisma', 'migrations');
  fs.cpSync(defaultMigrationsDir(), migrationsDir, { recursive: true });
  return { cwd, migrationsDir };
}

function addMigration(migrationsDir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(migrationsDir, name));
  fs.writeFileSync(path.join(migrationsDir, name, 'migration.sql'), sql);
}

describe('migrations', () => {
  it('produce exactly the schema in prisma/schema.prisma (no drift)', async () => {
    const schema = fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8');
    const diff = await withSchemaEngine(testDatabaseUrl(), (engine) =>
      engine.diff({
        // The datasource of a schema means the engine's own connection: the migrated database.
        from: { tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content: schema }], configDir: root },
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      }),
    );
    // On failure this shows the SQL a new migration needs: run `npm run db:migration -- <name>`.
    expect(diff.exitCode === 0 ? '' : diff.stdout).toBe('');
  });

  it('are recorded in _prisma_migrations exactly as prisma migrate deploy records them', async () => {
    const rows = await query<{
      id: string;
      checksum: string;
      migration_name: string;
      started_at: Date;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
    }>(testDatabaseUrl(), 'SELECT * FROM _prisma_migrations ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(localNames);
    for (const row of rows) {
      const file = fs.readFileSync(path.join(defaultMigrationsDir(), row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(crypto.createHash('sha256').update(file).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ rolled_back_at: null, logs: null, applied_steps_count: 1 });
    }
  });

  it('are applied exactly once when several instances start at the same time', async () => {
    const scratch = await createScratchDatabase('concurrency');
    cleanups.push(scratch.drop);
    // An extra slow migration widens the window in which unsynchronised instances would collide.
    const { cwd, migrationsDir } = copyProject();
    addMigration(migrationsDir, '99990101000000_slow', 'SELECT pg_sleep(0.5);\nCREATE TABLE "ConcurrencyProbe" ("id" INTEGER PRIMARY KEY);\n');
    const expected = [...localNames, '99990101000000_slow'];

    // Three real `npm run db:migrate` processes, as three app instances would run them.
    const run = promisify(execFile);
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const script = path.join(root, 'scripts', 'db', 'migrate.ts');
    const env = { ...process.env, DATABASE_URL: scratch.url };
    const outputs = await Promise.all(
      [1, 2, 3].map(() => run(process.execPath, [tsx, '--conditions=react-server', script], { cwd, env })),
    );

    // Each process exited 0 (execFile rejects otherwise); together they applied each migration once.
    const appliedByAll = outputs.flatMap((o) => [...o.stdout.matchAll(/^ {2}(\S+)$/gm)].map((m) => m[1]));
    expect(appliedByAll.sort()).toEqual(expected);
    const rows = await query<{ migration_name: string; done: boolean }>(
      scratch.url,
      'SELECT migration_name, finished_at IS NOT NULL AS done FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows).toEqual(expected.map((name) => ({ migration_name: name, done: true })));
  });

  it('are serialised by the schema engine itself, for tools that bypass our lock', async () => {
    const scratch = await createScratchDatabase('engine_lock');
    cleanups.push(scratch.drop);
    const list = toMigrationList(defaultMigrationsDir(), readMigrations());
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        withSchemaEngine(scratch.url, (engine) => engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS })),
      ),
    );
    expect(results.flatMap((r) => r.appliedMigrationNames).sort()).toEqual(localNames);
  });

  it('give up with a clear message when another instance holds the lock for too long', async () => {
    const scratch = await createScratchDatabase('lock_timeout');
    cleanups.push(scratch.drop);
    const holder = new pg.Client({ connectionString: scratch.url });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query('SELECT pg_advisory_lock($1)', [FIREBREAK_MIGRATE_LOCK]);
    const messages: string[] = [];
    await expect(applyMigrations(scratch.url, { lockTimeoutMs: 300, log: (m) => messages.push(m) })).rejects.toThrow(
      /waiting for another instance to finish applying migrations/,
    );
    expect(messages).toEqual(['Another instance is applying migrations; waiting for it…']);
  });
});

describe('getMigrationStatus', () => {
  it('reports the test database as current', async () => {
    expect(await getMigrationStatus(testDatabaseUrl())).toEqual({ applied: localNames, pending: [], current: true });
  });

  it('reports a migration directory the database has not applied as pending', async () => {
    const { migrationsDir } = copyProject();
    addMigration(migrationsDir, '99990101000000_not_applied', 'SELECT 1;\n');
    expect(await getMigrationStatus(testDatabaseUrl(), { migrationsDir })).toEqual({
      applied: localNames,
      pending: ['99990101000000_not_applied'],
      current: false,
    });
  });

  it('reports everything pending on a database that was never migrated', async () => {
    const scratch = await createScratchDatabase('empty');
    cleanups.push(scratch.drop);
    expect(await getMigrationStatus(scratch.url)).toEqual({ applied: [], pending: localNames, current: false });
  });
});
