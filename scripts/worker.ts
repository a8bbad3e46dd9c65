// `npm run worker`: the notification delivery worker and periodic tasks as a process of its
// own, for deployments with several app instances (start those with FIREBREAK_WORKER=0, or
// leave theirs on: instances share the work safely). Uses DATABASE_URL, or the embedded
// PostgreSQL that `npm start` runs on FIREBREAK_DATA_DIR. Stops gracefully on SIGTERM/SIGINT:
// messages being sent finish, nothing claimed is lost (an unfinished claim expires and is
// picked up again).
import { startWorker } from '../lib/worker/start-worker.ts';
import { openDatabase } from './lib/database.ts';
import { loadEnvOrExit } from './lib/load-env.ts';

async function main() {
  loadEnvOrExit('The worker');
  const database = await openDatabase(console.log, { reuseRunning: true });
  const stop = await startWorker({ databaseUrl: database.url });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing current deliveries…`);
    await stop();
    await database.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(`The worker could not start: ${(e as Error).message}`);
  process.exit(1);
});
