import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { statusPageSelect, toStatusPageOutput } from './page-output.ts';
import { resolveComponents } from './resolve-components.ts';
import type { StatusPageOutput, UpdateStatusPageInput } from './schemas.ts';

export async function updateStatusPage(
  db: Db,
  { actor, slug, input }: { actor: Actor; slug: string; input: UpdateStatusPageInput },
): Promise<StatusPageOutput> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const current = await tx.statusPage.findUnique({ where: { slug }, select: statusPageSelect });
    if (!current) throw new AppError('not_found', `No status page '${slug}'.`);
    const { components, ...fields } = input;
    if (components) {
      const rows = await resolveComponents(tx, components);
      await tx.statusPageComponent.deleteMany({ where: { pageId: current.id } });
      await tx.statusPageComponent.createMany({ data: rows.map((r) => ({ ...r, pageId: current.id })) });
    }
    const row = await tx.statusPage.update({ where: { id: current.id }, data: { ...fields, updatedAt: new Date() }, select: statusPageSelect });
    const page = toStatusPageOutput(row);
    await recordAudit(tx, actor, { action: 'status_page.updated', entityType: 'status_page', entityId: page.id, before: toStatusPageOutput(current), after: page });
    return page;
  });
}
