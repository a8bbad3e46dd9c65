import 'server-only';
// Users who arrive through single sign-on get an account on first sign-in with
// OIDC_DEFAULT_ROLE; an admin may raise it later. Deactivated accounts stay out.
import { getEnv } from '../config/env.ts';
import type { Db } from '../db/client.ts';

export async function findOrCreateSsoUser(db: Db, input: { email: string; name: string }) {
  const email = input.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (existing) {
    if (!existing.active) return null;
    await db.user.update({ where: { id: existing.id }, data: { lastLoginAt: new Date() } });
    return { id: existing.id };
  }
  const role = getEnv().OIDC_DEFAULT_ROLE;
  // The account and its audit entry together, or neither.
  return db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email, name: input.name, role, lastLoginAt: new Date() },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: { actorUserId: created.id, actorLabel: email, action: 'user.sso_created', entityType: 'user', entityId: created.id, after: { email, role } },
    });
    return created;
  });
}
