import 'server-only';
// An action item's owner must be an active user; refused with 422 naming the field otherwise.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';

export async function checkOwner(db: DbTx, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  const user = await db.user.findUnique({ where: { id: ownerUserId }, select: { active: true } });
  if (!user?.active) {
    throw new AppError('invalid', 'Some fields are not valid: ownerUserId.', { issues: [{ path: 'ownerUserId', message: 'No active user with this id.' }] });
  }
}

export function dueDateValue(dueDate: string | null | undefined): Date | null | undefined {
  return dueDate === undefined ? undefined : dueDate === null ? null : new Date(`${dueDate}T00:00:00Z`);
}
