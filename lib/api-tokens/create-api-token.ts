import 'server-only';
// Administrators create API tokens for scripts and integrations. The secret is returned once;
// only its sha256 (for lookup) and a short prefix (for recognising it in lists) are stored.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { generateTokenSecret } from '../auth/token-secret.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { apiTokenSelect, toApiTokenOutput, type CreateApiTokenInput, type CreatedApiTokenOutput } from './schemas.ts';

const DAY_MS = 24 * 3600 * 1000;

/** The person answerable for a new token: the signed-in admin, or whoever created the token in use. */
async function responsiblePerson(tx: DbTx, actor: Actor): Promise<string | null> {
  if (actor.userId || !actor.tokenId) return actor.userId;
  const via = await tx.apiToken.findUnique({ where: { id: actor.tokenId }, select: { createdById: true } });
  return via?.createdById ?? null;
}

export async function createApiToken(db: Db, { actor, input }: { actor: Actor; input: CreateApiTokenInput }): Promise<CreatedApiTokenOutput> {
  requireRole(actor, 'admin');
  const { secret, hash, prefix } = generateTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  return db.$transaction(async (tx) => {
    // Audit entries name tokens ("token:ci-deploy"): two live tokens with one name would blur them.
    const clash = await tx.apiToken.findFirst({ where: { name: input.name, revokedAt: null }, select: { id: true } });
    if (clash) {
      throw new AppError('conflict', `A token named "${input.name}" already exists; revoke it or choose another name.`, {
        issues: [{ path: 'name', message: 'A token with this name already exists.', code: 'name_taken' }],
      });
    }
    // Tokens made with a token inherit its creator, so deactivating that person stops them too.
    const createdById = await responsiblePerson(tx, actor);
    const token = await tx.apiToken.create({
      data: { name: input.name, role: input.role, tokenHash: hash, prefix, expiresAt, createdById },
      select: apiTokenSelect,
    });
    await recordAudit(tx, actor, {
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: token.id,
      after: { name: token.name, role: token.role, prefix: token.prefix, expiresAt: token.expiresAt?.toISOString() ?? null },
    });
    return { token: toApiTokenOutput(token), secret };
  });
}
