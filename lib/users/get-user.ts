import 'server-only';
// One account, for administrators: by id (API, admin pages) or by email (the operator CLI).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { notFound } from '../errors/app-error.ts';
import { emailField, toUserOutput, userSelect, type UserOutput } from './schemas.ts';

export async function getUser(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<UserOutput> {
  requireRole(actor, 'admin');
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw notFound('User');
  return toUserOutput(user);
}

export async function getUserByEmail(db: DbTx, { actor, email }: { actor: Actor; email: string }): Promise<UserOutput> {
  requireRole(actor, 'admin');
  const parsed = emailField.safeParse(email);
  const user = parsed.success ? await db.user.findUnique({ where: { email: parsed.data }, select: userSelect }) : null;
  if (!user) throw notFound(`User ${email}`);
  return toUserOutput(user);
}
