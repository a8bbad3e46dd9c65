import 'server-only';
// Tokens for the admin page and the API, newest first. Never selects the hash.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { apiTokenSelect, toApiTokenOutput, type ApiTokenListOutput, type ListApiTokensQuery } from './schemas.ts';

// Keyset cursor over (createdAt desc, id desc): "<iso>_<id>" in base64url.
const encodeCursor = (t: { createdAt: Date; id: string }) =>
  Buffer.from(`${t.createdAt.toISOString()}_${t.id}`).toString('base64url');

function cursorWhere(cursor: string): Prisma.ApiTokenWhereInput {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('_');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new AppError('invalid', 'The cursor is not valid: pass nextCursor from the previous page.', {
      issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint.' }],
    });
  }
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export async function listApiTokens(db: DbTx, { actor, input }: { actor: Actor; input: ListApiTokensQuery }): Promise<ApiTokenListOutput> {
  requireRole(actor, 'admin');
  const rows = await db.apiToken.findMany({
    where: input.cursor ? cursorWhere(input.cursor) : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: apiTokenSelect,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const now = new Date();
  return {
    items: page.map((t) => toApiTokenOutput(t, now)),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
