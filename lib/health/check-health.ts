import 'server-only';
// Readiness: the database answers and its schema is at the version this build expects.
import type { DbTx } from '../db/client.ts';
import { getMigrationStatus } from '../db/migrate.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  migrations: { current: boolean; pending: string[] } | null;
}

export async function checkHealth(db: DbTx, url: string): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: 'unavailable', database: 'unreachable', migrations: null };
  }
  try {
    const m = await getMigrationStatus(url);
    return { status: m.current ? 'ok' : 'unavailable', database: 'ok', migrations: { current: m.current, pending: m.pending } };
  } catch {
    return { status: 'unavailable', database: 'ok', migrations: null };
  }
}
