// Source keys: "fba_" + 24 random bytes, shown once inside the source's URL. Stored as SHA-256
// (256 bits of entropy need no slow KDF, and the hash is the lookup index); the found row's
// hash is compared again in constant time so that no timing of string comparison leaks.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SOURCE_KEY_PREFIX = 'fba_';

export function generateSourceKey(): { key: string; hash: string; prefix: string } {
  const key = SOURCE_KEY_PREFIX + randomBytes(24).toString('base64url');
  return { key, hash: hashSourceKey(key), prefix: key.slice(0, SOURCE_KEY_PREFIX.length + 4) };
}

export function hashSourceKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The path a sender posts to (events sources put the key in the body as routing_key). */
export function sourcePath(type: string, key: string): string {
  if (type === 'events') return '/api/v1/alerts/events';
  return `/api/v1/alerts/${type}/${key}`;
}
