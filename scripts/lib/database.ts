// The database for scripts: DATABASE_URL when set, else the embedded server under
// FIREBREAK_DATA_DIR. Prints what it uses; never the password.
import { getEnv } from '../../lib/config/env.ts';
import { findRunningEmbeddedDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from '../../lib/db/embedded.ts';

export async function openDatabase(
  log: (msg: string) => void = console.log,
  opts: { reuseRunning?: boolean } = { reuseRunning: true },
): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const u = new URL(env.DATABASE_URL);
    log(`Using PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`);
    return { url: env.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  const dataDir = env.FIREBREAK_DATA_DIR;
  const port = env.FIREBREAK_DB_PORT;
  // The CLI and db:migrate work while the app runs: they share its embedded server.
  const running = opts.reuseRunning ? findRunningEmbeddedDatabase(dataDir) : null;
  if (running) {
    log(`Using the embedded PostgreSQL that is already running on ${dataDir}/postgres`);
    return { url: running, stop: async () => {}, embedded: true };
  }
  log(`Starting the embedded PostgreSQL (data in ${dataDir}/postgres, port ${port})…`);
  const db = await startEmbeddedDatabase({
    dataDir,
    port,
    ...(env.FIREBREAK_WAL_ARCHIVE ? { walArchive: { dir: env.FIREBREAK_WAL_ARCHIVE, timeoutSeconds: env.FIREBREAK_ARCHIVE_TIMEOUT_SECONDS } } : {}),
    log: (line) => {
      if (env.FIREBREAK_DB_LOG) log(`[postgres] ${line}`);
    },
  });
  return { ...db, embedded: true };
}
