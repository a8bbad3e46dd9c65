// The integration tests' database: the migrated database prepared by global-setup.ts, shared
// by every test in a run. Tests never clean up and never assume an empty table: each test
// creates its own rows, named with uniqueId().
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Db } from '../../lib/db/client.ts';

let shared: Db | undefined;

/** The URL of the migrated test database. */
export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}

/** One PrismaClient per test file, closed after the file by integration-setup.ts. */
export function testDb(): Db {
  shared ??= createDb(testDatabaseUrl(), { max: 5 });
  return shared;
}

export async function closeTestDb(): Promise<void> {
  const db = shared;
  shared = undefined;
  await db?.$disconnect();
}

/**
 * A value no other test (or earlier run against the same database) has used:
 * `uniqueId('team')` → `team-m3k2x9-5f1c0a`. Lowercase letters, digits and dashes, so it
 * is a valid slug and, with a domain added, an email local part.
 */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/**
 * An empty database on the test server, for tests that need a database of their own
 * (migrating from scratch, for one). Dropped by `drop()`.
 */
export async function createScratchDatabase(prefix = 'scratch'): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = testDatabaseUrl();
  const name = uniqueId(`firebreak_${prefix}`).replace(/-/g, '_');
  await adminQuery(base, `CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a failed test may leave connections open.
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
