// Subscriber tokens: 32 random bytes in the link, only their SHA-256 in the database, so a
// leaked table cannot confirm or cancel anyone's subscription.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
