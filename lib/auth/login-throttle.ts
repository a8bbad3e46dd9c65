import 'server-only';
// Sign-in rate limiting shared by every app instance (kept in PostgreSQL). Failures are counted
// per email and per client address; after a few, each further try must wait longer
// (exponential back-off), so guessing passwords becomes impractical.
import type { DbTx } from '../db/client.ts';

const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const MAX_LOCK_MS = 15 * 60_000;

export function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

/** Seconds the caller must still wait, or 0. */
export async function secondsUntilAllowed(db: DbTx, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } }, select: { lockedUntil: true } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export function lockDurationMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

export async function recordFailure(db: DbTx, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lock = lockDurationMs(failures);
    const data = {
      failures,
      windowStart: fresh ? now : row.windowStart,
      lockedUntil: lock ? new Date(now.getTime() + lock) : null,
    };
    await db.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}

export async function clearFailures(db: DbTx, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: `email:${email.toLowerCase()}` } });
}
