import 'server-only';
// "Who am I": the person or API token behind a request, with its role. Used by API clients
// to check a token, and by the account page.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { toUserOutput, userSelect, type MeOutput } from './schemas.ts';

export async function getMe(db: DbTx, { actor }: { actor: Actor }): Promise<MeOutput> {
  requireRole(actor, 'viewer');
  const user = actor.userId ? await db.user.findUnique({ where: { id: actor.userId }, select: userSelect }) : null;
  const token = actor.tokenId
    ? await db.apiToken.findUnique({ where: { id: actor.tokenId }, select: { id: true, name: true, prefix: true, expiresAt: true } })
    : null;
  return {
    kind: actor.kind,
    role: actor.role,
    label: actor.label,
    user: user ? toUserOutput(user) : null,
    token: token ? { ...token, expiresAt: token.expiresAt?.toISOString() ?? null } : null,
  };
}
