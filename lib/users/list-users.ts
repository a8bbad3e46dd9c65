import 'server-only';
// The administrators' list of accounts: filter by role and status, search by email or name,
// ordered by email with keyset pagination (the cursor is the last email seen, encoded).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { toUserOutput, userSelect, type ListUsersQuery, type UserListOutput } from './schemas.ts';

const encodeCursor = (email: string) => Buffer.from(email, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const email = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!email.includes('@')) {
    throw new AppError('invalid', 'The cursor is not valid: pass nextCursor from the previous page.', {
      issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint.' }],
    });
  }
  return email;
}

export async function listUsers(db: DbTx, { actor, input }: { actor: Actor; input: ListUsersQuery }): Promise<UserListOutput> {
  requireRole(actor, 'admin');
  const q = input.q?.trim();
  const where: Prisma.UserWhereInput = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.active ? { active: input.active === 'true' } : {}),
    ...(q
      ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] }
      : {}),
    ...(input.cursor ? { email: { gt: decodeCursor(input.cursor) } } : {}),
  };
  const rows = await db.user.findMany({ where, orderBy: { email: 'asc' }, take: input.limit + 1, select: userSelect });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toUserOutput),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.email) : null,
  };
}
