import 'server-only';
// Turns a request into an Actor: an API token (Authorization: Bearer …) or the signed-in
// user's session. Role and active flag always come from the database, never from the cookie.
import { getServerSession } from 'next-auth';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from './actor.ts';
import { getAuthOptions } from './auth-options.ts';
import type { Role } from './roles.ts';
import { hashTokenSecret } from './token-secret.ts';

const LAST_USED_GRANULARITY_MS = 60_000;

export async function actorFromToken(db: DbTx, secret: string, requestId: string | null): Promise<Actor> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, name: true, role: true, revokedAt: true, expiresAt: true, lastUsedAt: true, createdBy: { select: { active: true } } },
  });
  const now = Date.now();
  // A deactivated person may have kept a copy of the secrets they created: their tokens stop
  // with them (and work again if they are reactivated). Tokens made by the CLI have no creator.
  const creatorInactive = token?.createdBy ? !token.createdBy.active : false;
  if (!token || token.revokedAt || creatorInactive || (token.expiresAt && token.expiresAt.getTime() <= now)) {
    throw new AppError('unauthorized', 'The API token is not valid: unknown, revoked, expired, or the account that created it is deactivated.');
  }
  // Writing on every request would turn each read into a write; a minute's precision is plenty.
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { kind: 'token', userId: null, tokenId: token.id, role: token.role as Role, label: `token:${token.name}`, locale: null, requestId };
}

/**
 * The signed-in user behind a session, or null when the account is gone, deactivated, or the
 * session began before its password last changed (`signedInAt`, ms; 0 for sessions older
 * than that claim).
 */
export async function actorFromUserId(db: DbTx, userId: string, requestId: string | null, signedInAt = 0): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, active: true, locale: true, sessionsValidFrom: true },
  });
  if (!user || !user.active) return null;
  if (user.sessionsValidFrom && signedInAt < user.sessionsValidFrom.getTime()) return null;
  return { kind: 'user', userId: user.id, tokenId: null, role: user.role as Role, label: user.email, locale: user.locale, requestId };
}

/** The actor behind a request, or null when nobody is signed in. */
export async function resolveActor(db: DbTx, headers: Headers, requestId: string | null = null): Promise<Actor | null> {
  const auth = headers.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m?.[1]) throw new AppError('unauthorized', 'The Authorization header must be "Bearer <token>".');
    return actorFromToken(db, m[1], requestId);
  }
  const session = await getServerSession(getAuthOptions());
  const sessionUser = session?.user as { id?: string; authAt?: number } | undefined;
  return sessionUser?.id ? actorFromUserId(db, sessionUser.id, requestId, sessionUser.authAt ?? 0) : null;
}
