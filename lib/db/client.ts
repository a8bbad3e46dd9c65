import 'server-only';
// The Prisma client over node-postgres. Domain code never imports this module: it receives
// the client (or a transaction) as its first argument. Only the app's edges (route handlers,
// server actions, scripts) call getDb().
import { PrismaPg } from '@prisma/adapter-pg';
import { getEnv } from '../config/env.ts';
import { PrismaClient } from './generated/client.ts';

export type Db = PrismaClient;
/** A client or an interactive transaction: what every use case takes as its first argument. */
export type DbTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createDb(connectionString: string, opts: { max?: number } = {}): Db {
  // A database that accepts no connection (overloaded, mid-failover) must not hold requests
  // forever: after 10 s waiting for a connection, the request fails as `unavailable` (503).
  const adapter = new PrismaPg({ connectionString, max: opts.max ?? 10, connectionTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { firebreakDb?: Db };

export function getDb(): Db {
  if (!globalForDb.firebreakDb) {
    const env = getEnv();
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set: start Firebreak with `npm start`, which provides it.');
    globalForDb.firebreakDb = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE });
  }
  return globalForDb.firebreakDb;
}
