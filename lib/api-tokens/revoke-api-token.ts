import 'server-only';
// Revoking takes effect on the token's next request. Revoking twice is harmless: the second
// call changes nothing and writes no audit entry.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors/app-error.ts';
import { apiTokenSelect, toApiTokenOutput, type ApiTokenOutput } from './schemas.ts';

export async function revokeApiToken(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<ApiTokenOutput> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id }, select: apiTokenSelect });
    if (!before) throw notFound('API token');
    if (before.revokedAt) return toApiTokenOutput(before);
    const after = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: apiTokenSelect });
    await recordAudit(tx, actor, {
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      before: { name: before.name, revokedAt: null },
      after: { name: after.name, revokedAt: after.revokedAt?.toISOString() ?? null },
    });
    return toApiTokenOutput(after);
  });
}
