// The app under end-to-end test: `scripts/start.ts` (migrations, session secret, build when
// the sources changed, `next start`) as a child process, on a database nobody else uses.
// stop() always leaves nothing behind: server, embedded PostgreSQL, temp dir, database.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from '../../lib/db/ports.ts';

export interface RunningApp {
  baseUrl: string;
  logFile: string;
  stop: () => Promise<void>;
}

const HEALTH_TIMEOUT_MS = 20 * 60_000; // the first start builds the app: minutes on 2 cores
const STOP_GRACE_MS = 15_000;

/** A new database on the TEST_DATABASE_URL server; its URL and a function that drops it. */
async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `firebreak_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`End-to-end database: ${name} on ${url.hostname}:${url.port || 5432}`);
  const drop = async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };
  return { url: url.toString(), drop };
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* the group is already gone */
  }
}

async function waitHealthy(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`the app exited (code ${child.exitCode ?? child.signalCode}) before it was healthy; its output is in ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app was not healthy after ${HEALTH_TIMEOUT_MS / 60_000} minutes; its output is in ${logFile}`);
}

/** `env`: extra variables for the app (the end-to-end OpenID Provider's OIDC_*). */
export async function startApp(opts: { root: string; port: number; tmpDir: string; env?: Record<string, string> }): Promise<RunningApp> {
  const logFile = path.join(opts.root, 'test-results', 'e2e-app.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(opts.port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' };
  // Notification receivers in end-to-end tests listen on loopback, which targets may not be by default.
  env.NOTIFY_ALLOW_PRIVATE_NETWORKS = '1';
  // Nothing from the caller's environment may point the app at another database or URL.
  for (const k of ['DATABASE_URL', 'NEXTAUTH_URL', 'APP_URL', 'NEXTAUTH_SECRET', 'NODE_ENV', 'FIREBREAK_SKIP_MIGRATE']) delete env[k];
  // Nor at another single sign-on provider, or another role for the accounts it creates.
  for (const k of Object.keys(env)) if (k.startsWith('OIDC_')) delete env[k];
  Object.assign(env, opts.env);

  const cleanups: (() => Promise<void>)[] = [];
  const testServer = process.env.TEST_DATABASE_URL;
  if (testServer) {
    const db = await createServerDatabase(testServer);
    env.DATABASE_URL = db.url;
    cleanups.push(db.drop);
  } else {
    const dataDir = fs.mkdtempSync(path.join(opts.tmpDir, 'firebreak-e2e-'));
    fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach it
    env.FIREBREAK_DATA_DIR = dataDir;
    env.FIREBREAK_DB_PORT = String(await findFreePort());
    console.log(`End-to-end database: embedded, data in ${dataDir}, port ${env.FIREBREAK_DB_PORT}`);
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  }

  // Own process group, so that stop() can reach the build, the server and PostgreSQL too.
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
    cwd: opts.root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Start-up and build output is shown live; once the app serves, its request log only goes to the file.
  let echo = true;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (echo) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '[app] '));
    });
  }
  const baseUrl = `http://127.0.0.1:${opts.port}`;

  const stop = async () => {
    if (child.pid && !exited(child)) {
      child.kill('SIGTERM'); // start.ts stops the server, then its embedded PostgreSQL
      if (!(await waitForExit(child, STOP_GRACE_MS))) console.warn('The app did not stop in time: killing it.');
    }
    if (child.pid) {
      // Whatever outlived start.ts (a build in progress, a PostgreSQL) goes with its group.
      killGroup(child.pid, 'SIGKILL');
    }
    log.end();
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.warn(`Clean-up failed: ${(e as Error).message}`));
  };

  try {
    await waitHealthy(baseUrl, child, logFile);
  } catch (e) {
    await stop();
    throw e;
  }
  echo = false;
  console.log(`The app is up at ${baseUrl} (its log: ${path.relative(opts.root, logFile)})`);
  return { baseUrl, logFile, stop };
}
