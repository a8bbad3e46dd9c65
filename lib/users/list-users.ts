import 'server-only';
// The administrators' list of accounts: filter by role and status, search by email or name,
// ordered by email with keyset pagination (the cursor is the last email seen, encoded).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { keysetCursor, pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { toUserOutput, userSelect, type ListUsersQuery, type UserListOutput } from './schemas.ts';

const cursor = keysetCursor({ fields: [/@/] });

export async function listUsers(db: DbTx, { actor, input }: { actor: Actor; input: ListUsersQuery }): Promise<UserListOutput> {
  requireRole(actor, 'admin');
  const q = input.q?.trim();
  const where: Prisma.UserWhereInput = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.active ? { active: input.active === 'true' } : {}),
    ...(q
      ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] }
      : {}),
    ...(input.cursor ? { email: { gt: cursor.decode(input.cursor)[0] } } : {}),
  };
  const rows = await db.user.findMany({ where, orderBy: { email: 'asc' }, take: pageTake(input.limit), select: userSelect });
  const page = takePage(rows, input.limit, (last) => cursor.encode([last.email]));
  return { items: page.items.map(toUserOutput), nextCursor: page.nextCursor };
}
