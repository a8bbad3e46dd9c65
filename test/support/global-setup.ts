// Once per integration run: a migrated, empty database whose URL the tests get through
// `inject('databaseUrl')` (see test/support/db.ts) and process.env.DATABASE_URL.
// - TEST_DATABASE_URL set: that database is a throwaway one. Its `public` schema is dropped and
//   recreated (tables, data, _prisma_migrations), then the migrations are applied.
// - otherwise: a fresh embedded PostgreSQL in a temp directory, deleted after the run.
// Applying the real migrations (not `db push`) means the tests also run what production runs.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureAlertmanager } from '../../scripts/ensure-alertmanager.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { startThrowawayDatabase } from '../../lib/db/throwaway-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

async function resetPublicSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The real-Alertmanager tests need Debian's package: install it here, once, before any test
  // runs (apt-get inside a test would race its timeout).
  ensureAlertmanager();
  const given = process.env.TEST_DATABASE_URL;
  let url: string;
  let stop = async () => {};
  if (given) {
    if (given === process.env.DATABASE_URL) {
      throw new Error('TEST_DATABASE_URL equals DATABASE_URL: the test setup wipes it, so give it a throwaway database.');
    }
    await resetPublicSchema(given);
    url = given;
  } else {
    const db = await startThrowawayDatabase({ database: 'firebreak_test', prefix: 'firebreak-test-' });
    url = db.url;
    stop = db.stop;
  }
  try {
    await applyMigrations(url);
  } catch (e) {
    await stop();
    throw e;
  }
  project.provide('databaseUrl', url);
  // Worker processes inherit the environment: code under test that calls getDb() finds it.
  process.env.DATABASE_URL = url;
  return stop;
}
