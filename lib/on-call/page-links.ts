import 'server-only';
// One-time signed links in a page: "acknowledge" and "escalate" from a phone without signing
// in. A link is bound to one page and one person, expires after PAGE_LINK_TTL_MINUTES, and
// works once: its random nonce is recorded in PageLinkUse when used (primary key), so a second
// use, even a concurrent one, is refused. The HMAC key is derived from the session secret, so
// every instance over one database verifies every link with no extra configuration.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ensureSessionSecret } from '../auth/session-secret.ts';
import type { DbTx } from '../db/client.ts';

export type LinkAction = 'ack' | 'escalate';

export interface LinkClaims {
  pageId: string;
  userId: string;
  action: LinkAction;
  /** Expiry, epoch milliseconds. */
  exp: number;
  nonce: string;
}

// The session secret never changes once made, so the derived key is kept per process (a
// pass that pages 250 people would otherwise read it 500 times).
let cachedKey: { secret: string; key: Buffer } | null = null;

async function keyOf(db: DbTx): Promise<Buffer> {
  if (cachedKey) return cachedKey.key;
  const secret = await ensureSessionSecret(db);
  const key = createHmac('sha256', secret).update('firebreak/page-links/v1').digest();
  cachedKey = { secret, key };
  return key;
}

export async function signPageLink(db: DbTx, claims: Omit<LinkClaims, 'nonce'>): Promise<string> {
  const body = Buffer.from(JSON.stringify({ ...claims, nonce: randomBytes(12).toString('base64url') })).toString('base64url');
  const mac = createHmac('sha256', await keyOf(db)).update(body).digest('base64url');
  return `${body}.${mac}`;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks signature and expiry (not use: that is recorded by the action, in its transaction). */
export async function verifyPageLink(db: DbTx, token: string, now: Date): Promise<LinkCheck> {
  const [body, mac] = token.split('.');
  if (!body || !mac) return { ok: false, reason: 'invalid' };
  const expected = createHmac('sha256', await keyOf(db)).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  let claims: LinkClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkClaims;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof claims.exp !== 'number' || claims.exp <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

/** Records the use; false when the link was already used. */
export async function consumePageLink(db: DbTx, claims: LinkClaims): Promise<boolean> {
  const { count } = await db.pageLinkUse.createMany({ data: [{ nonce: claims.nonce, pageId: claims.pageId, action: claims.action }], skipDuplicates: true });
  return count === 1;
}
