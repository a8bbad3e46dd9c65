// `npm start`: database (embedded unless DATABASE_URL is set), migrations, shared session
// secret, a production build if the sources changed, then the Next.js server.
// `npm run dev` does the same with the development server. The background worker
// (notification delivery, periodic tasks) runs in this process beside the server unless
// FIREBREAK_WORKER=0 (then run `npm run worker` somewhere).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EmbeddedDatabaseError } from '../lib/db/embedded.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { createDb } from '../lib/db/client.ts';
import { ensureSessionSecret } from '../lib/auth/session-secret.ts';
import { reindexMissing } from '../lib/search/reindex-missing.ts';
import { startStatusServer } from '../lib/status-pages/status-server.ts';
import { startWorker, type StopWorker } from '../lib/worker/start-worker.ts';
import { buildIsCurrent, saveFingerprint } from './lib/build-fingerprint.ts';
import { openDatabase } from './lib/database.ts';
import { loadEnvOrExit } from './lib/load-env.ts';
import { serverNodeOptions } from './lib/server-options.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
const nextBin = `${root}node_modules/next/dist/bin/next`;

function fail(message: string): never {
  console.error(`\nFirebreak could not start: ${message}\n`);
  process.exit(1);
}

async function main() {
  const env = loadEnvOrExit('Firebreak');
  let database;
  try {
    database = await openDatabase(console.log, { reuseRunning: false });
  } catch (e) {
    fail(e instanceof EmbeddedDatabaseError ? e.message : `the database could not be opened: ${(e as Error).message}`);
  }
  const stopDatabase = async () => database.stop().catch(() => {});
  try {
    if (!env.FIREBREAK_SKIP_MIGRATE) {
      const applied = await applyMigrations(database.url, { log: (m: string) => console.log(m) });
      console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');
    }
    const db = createDb(database.url, { max: 2 });
    const secret = await ensureSessionSecret(db);
    // Rows without a search document (written before their type was searchable): index them.
    const indexed = await reindexMissing(db, { log: (line) => console.log(line) });
    if (indexed.knownIssues + indexed.incidents + indexed.postmortems > 0) {
      console.log(`Search: indexed ${indexed.knownIssues} known issue(s), ${indexed.incidents} incident(s), ${indexed.postmortems} postmortem(s).`);
    }
    await db.$disconnect();

    const childEnv: NodeJS.ProcessEnv = {
      // The server's environment is this one's (validated above), plus what start-up decided.
      // eslint-disable-next-line no-restricted-properties
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: '1',
      // eslint-disable-next-line no-restricted-properties -- passes the caller's Node options on
      NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS),
      // Without a configured public URL, trust the Host header so that the app works at
      // whatever address people reach it (localhost, an IP, a proxy's name).
      ...(env.NEXTAUTH_URL || env.APP_URL ? { NEXTAUTH_URL: env.NEXTAUTH_URL ?? env.APP_URL } : { AUTH_TRUST_HOST: 'true' }),
    };

    if (!dev && !buildIsCurrent(root)) {
      console.log('Building Firebreak (first start, or the sources changed)…');
      const built = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { ...childEnv, NODE_ENV: 'production' } });
      if (built.status !== 0) fail('the build failed (see above).');
      saveFingerprint(root);
    }

    const args = dev ? ['dev', '-p', String(env.PORT)] : ['start', '-p', String(env.PORT), '-H', env.HOSTNAME];
    const server = spawn(process.execPath, [nextBin, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...childEnv, NODE_ENV: dev ? 'development' : 'production' },
    });
    console.log(`Firebreak is starting on http://localhost:${env.PORT}`);
    let stopWorker: StopWorker | null = null;
    if (env.FIREBREAK_WORKER) {
      stopWorker = await startWorker({ databaseUrl: database.url }).catch((e: unknown) => {
        console.error(`The background worker could not start (${(e as Error).message}); notifications wait until it runs.`);
        return null;
      });
    }
    // Optional: the public status paths on a port of their own (docs/status-pages.md).
    const statusServer = !dev && env.STATUS_PAGES_PORT
      ? await startStatusServer({
          db: createDb(database.url, { max: 5 }),
          databaseUrl: database.url,
          port: env.STATUS_PAGES_PORT,
          host: env.HOSTNAME,
          upstream: { host: '127.0.0.1', port: env.PORT },
          appUrl: env.APP_URL ?? env.NEXTAUTH_URL ?? null,
          baselineMaxBytes: env.STATUS_BENCH_BASELINE_BYTES,
        }).then((s) => {
          console.log(`Status pages are also served on http://localhost:${env.STATUS_PAGES_PORT}/status/…`);
          return s;
        }).catch((e: unknown) => {
          console.error(`The status page listener could not start (${(e as Error).message}); /status is still served by the app.`);
          return null;
        })
      : null;
    const shutdown = (signal: NodeJS.Signals) => {
      server.kill(signal);
      void stopWorker?.();
      void statusServer?.close();
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    server.on('exit', async (code) => {
      await stopWorker?.();
      await stopDatabase();
      process.exit(code ?? 0);
    });
  } catch (e) {
    await stopDatabase();
    fail((e as Error).message);
  }
}

void main();
