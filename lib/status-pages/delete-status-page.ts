import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';

export async function deleteStatusPage(db: Db, { actor, slug }: { actor: Actor; slug: string }): Promise<void> {
  requireRole(actor, 'admin');
  await db.$transaction(async (tx) => {
    const page = await tx.statusPage.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
    if (!page) throw new AppError('not_found', `No status page '${slug}'.`);
    await tx.statusPage.delete({ where: { id: page.id } });
    await recordAudit(tx, actor, { action: 'status_page.deleted', entityType: 'status_page', entityId: page.id, before: page });
  });
}
