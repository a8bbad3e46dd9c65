import 'server-only';
// Tokens for the admin page and the API, newest first. Never selects the hash.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { decodeCreatedAtCursor, encodeCreatedAtCursor, olderThan } from '../api/created-at-cursor.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { apiTokenSelect, toApiTokenOutput, type ApiTokenListOutput, type ListApiTokensQuery } from './schemas.ts';

export async function listApiTokens(db: DbTx, { actor, input }: { actor: Actor; input: ListApiTokensQuery }): Promise<ApiTokenListOutput> {
  requireRole(actor, 'admin');
  const rows = await db.apiToken.findMany({
    where: input.cursor ? olderThan(decodeCreatedAtCursor(input.cursor)) : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(input.limit),
    select: apiTokenSelect,
  });
  const page = takePage(rows, input.limit, encodeCreatedAtCursor);
  const now = new Date();
  return { items: page.items.map((t) => toApiTokenOutput(t, now)), nextCursor: page.nextCursor };
}
