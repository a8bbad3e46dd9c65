import 'server-only';
// Resolving a sender's key to its source, on every request of the receive path. Kept for a few
// seconds in memory: the benchmark's 1,500 requests a second would otherwise each spend a
// query on it. Disabling or rotating through this process drops the entry at once; another
// instance notices within CACHE_MS.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { hashSourceKey, sameHash } from './source-key.ts';

export interface KnownSource {
  id: string;
  type: string;
  enabled: boolean;
  keyHash: string;
}

const CACHE_MS = 5_000;
const cache = new Map<string, { at: number; source: KnownSource | null }>();

export function forgetSourceKeys(): void {
  cache.clear();
}

export const unknownKey = () => new AppError('not_found', 'No alert source has this key. Copy the URL again from Admin → Alert sources.');

export async function findSourceByKey(db: DbTx, key: string, now = Date.now()): Promise<KnownSource> {
  const hash = hashSourceKey(key);
  let hit = cache.get(hash);
  if (!hit || now - hit.at > CACHE_MS) {
    const source = await db.alertSource.findUnique({ where: { keyHash: hash }, select: { id: true, type: true, enabled: true, keyHash: true } });
    hit = { at: now, source };
    if (cache.size > 1000) cache.clear();
    cache.set(hash, hit);
  }
  if (!hit.source || !sameHash(hit.source.keyHash, hash)) throw unknownKey();
  return hit.source;
}
