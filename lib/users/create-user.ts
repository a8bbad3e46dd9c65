import 'server-only';
// Administrators invite people: name, email, role and an initial password. When no password
// is given one is generated and returned once (only its hash is kept), for the admin to pass on.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { hashPassword } from '../auth/password.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { toUserOutput, userSelect, type CreateUserInput, type CreatedUserOutput } from './schemas.ts';

/** 16 characters from 96 random bits: strong, and short enough to read out or paste. */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export const emailTaken = (email: string) =>
  new AppError('conflict', `A user with the email ${email} already exists.`, {
    issues: [{ path: 'email', message: 'A user with this email already exists.', code: 'email_taken' }],
  });

export async function createUser(db: Db, { actor, input }: { actor: Actor; input: CreateUserInput }): Promise<CreatedUserOutput> {
  requireRole(actor, 'admin');
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (generatedPassword as string));
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw emailTaken(input.email);
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: userSelect,
      });
      await recordAudit(tx, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, active: user.active },
      });
      return { user: toUserOutput(user), generatedPassword };
    });
  } catch (e) {
    // Two admins inviting the same address at once: the unique index decides.
    if ((e as { code?: string }).code === 'P2002') throw emailTaken(input.email);
    throw e;
  }
}
