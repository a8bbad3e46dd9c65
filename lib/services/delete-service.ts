import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import { serviceNotFound } from './get-service.ts';
import { lockDependencyGraph } from './find-dependency-cycle.ts';
import { serviceSelect, toServiceOutput } from './service-output.ts';

/**
 * Deletes a service. Refused while other services depend on it: deleting it would silently
 * erase those edges, and with them the blast radius of the next change.
 */
export async function deleteService(db: Db, { actor, slug }: { actor: Actor; slug: string }): Promise<void> {
  requireRole(actor, 'responder');
  await db.$transaction(async (tx) => {
    await lockDependencyGraph(tx);
    const row = await tx.service.findUnique({ where: { slug }, select: serviceSelect });
    if (!row) throw serviceNotFound(slug);
    const before = toServiceOutput(row);
    if (before.dependedOnBy.length > 0) {
      const list = before.dependedOnBy.map((s) => `'${s}'`).join(', ');
      throw new AppError('conflict', `Service '${slug}' is still depended on by ${list}; remove those dependencies first.`, {
        details: { dependedOnBy: before.dependedOnBy },
        issues: [
          { path: '', message: 'Other services depend on this one.', code: 'service_depended_on', params: { services: before.dependedOnBy.join(', ') } } as ErrorIssue,
        ],
      });
    }
    await tx.service.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, { action: 'service.deleted', entityType: 'service', entityId: row.id, before });
  });
}
