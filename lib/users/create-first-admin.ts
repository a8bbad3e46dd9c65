import 'server-only';
// The first visit to a fresh installation creates its first administrator. Allowed only
// while no user exists; an advisory lock makes two simultaneous attempts produce one admin.
import { systemActor } from '../auth/actor.ts';
import { hashPassword } from '../auth/password.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { toUserOutput, userSelect, type CreateFirstAdminInput, type UserOutput } from './schemas.ts';

const SETUP_LOCK = 4_207_001;

export async function hasAnyUser(db: Pick<Db, 'user'>): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}

export async function createFirstAdmin(db: Db, { input }: { input: CreateFirstAdminInput }): Promise<UserOutput> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if (await hasAnyUser(tx)) {
      throw new AppError('conflict', 'This installation already has users; sign in instead.');
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: 'admin', passwordHash },
      select: userSelect,
    });
    await recordAudit(tx, { ...systemActor('setup'), userId: user.id, label: user.email }, {
      action: 'user.created', entityType: 'user', entityId: user.id, after: { email: user.email, name: user.name, role: 'admin' },
    });
    return toUserOutput(user);
  });
}
