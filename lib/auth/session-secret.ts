import 'server-only';
// The secret that signs session cookies. Taken from NEXTAUTH_SECRET when set; otherwise
// generated once and kept in the database, so that every app instance over the same
// database shares it with no configuration.
import { randomBytes } from 'node:crypto';
import { getEnv } from '../config/env.ts';
import type { DbTx } from '../db/client.ts';

const KEY = 'auth.sessionSecret';

export async function ensureSessionSecret(db: DbTx, configured: string | undefined = getEnv().NEXTAUTH_SECRET): Promise<string> {
  if (configured) return configured;
  const candidate = randomBytes(32).toString('base64url');
  // Insert-if-absent, then read back: concurrent first starts agree on one value.
  await db.setting.createMany({ data: [{ key: KEY, value: candidate }], skipDuplicates: true });
  const row = await db.setting.findUniqueOrThrow({ where: { key: KEY } });
  return String(row.value);
}
