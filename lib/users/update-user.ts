import 'server-only';
// Administrators rename people, change their role, deactivate and reactivate them. A change
// that would leave the installation without an active administrator is refused: nobody could
// administer it any more. Each kind of change gets its own audit entry so the log can be
// filtered by it (user.role_changed, user.deactivated…).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { toUserOutput, userSelect, type UpdateUserInput, type UserOutput } from './schemas.ts';

// Serialises changes to admins, so two admins demoting each other at once cannot both succeed.
const ADMIN_CHANGE_LOCK = 4_207_002;

async function assertAnotherActiveAdmin(tx: DbTx, userId: string, field: 'role' | 'active'): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_CHANGE_LOCK})`;
  const others = await tx.user.count({ where: { role: 'admin', active: true, id: { not: userId } } });
  if (others === 0) {
    throw new AppError('conflict', 'This is the last active administrator. Make another user an administrator first.', {
      issues: [{ path: field, message: 'The last active administrator cannot be demoted or deactivated.', code: 'last_admin' }],
    });
  }
}

export async function updateUser(db: Db, { actor, id, input }: { actor: Actor; id: string; input: UpdateUserInput }): Promise<UserOutput> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw notFound('User');
    const name = input.name !== undefined && input.name !== before.name ? input.name : undefined;
    const role = input.role !== undefined && input.role !== before.role ? input.role : undefined;
    const active = input.active !== undefined && input.active !== before.active ? input.active : undefined;
    if (name === undefined && role === undefined && active === undefined) return toUserOutput(before);

    const wasActiveAdmin = before.role === 'admin' && before.active;
    if (wasActiveAdmin && role !== undefined) await assertAnotherActiveAdmin(tx, id, 'role');
    else if (wasActiveAdmin && active === false) await assertAnotherActiveAdmin(tx, id, 'active');

    const after = await tx.user.update({ where: { id }, data: { name, role, active }, select: userSelect });
    const entity = { entityType: 'user', entityId: id };
    if (name !== undefined) {
      await recordAudit(tx, actor, { action: 'user.renamed', ...entity, before: { name: before.name }, after: { name } });
    }
    if (role !== undefined) {
      await recordAudit(tx, actor, { action: 'user.role_changed', ...entity, before: { role: before.role }, after: { role } });
    }
    if (active !== undefined) {
      await recordAudit(tx, actor, {
        action: active ? 'user.reactivated' : 'user.deactivated',
        ...entity,
        before: { active: before.active },
        after: { active },
      });
    }
    return toUserOutput(after);
  });
}
