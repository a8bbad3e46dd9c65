import 'server-only';
// Readiness: the database answers and its schema is at the version this build expects.
// Polled by load balancers, so it reuses the app's connection pool and reads the migration
// directory once per process (it cannot change under a running build).
import type { DbTx } from '../db/client.ts';
import { listMigrationNames } from '../db/migrate.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  migrations: { current: boolean; pending: string[] } | null;
}

let expected: string[] | undefined;

export async function checkHealth(db: DbTx): Promise<Health> {
  let applied: { migration_name: string }[];
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: 'unavailable', database: 'unreachable', migrations: null };
  }
  try {
    applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch {
    // No _prisma_migrations table yet: nothing has been migrated.
    applied = [];
  }
  expected ??= listMigrationNames();
  const done = new Set(applied.map((r) => r.migration_name));
  const pending = expected.filter((name) => !done.has(name));
  return { status: pending.length ? 'unavailable' : 'ok', database: 'ok', migrations: { current: !pending.length, pending } };
}
