import 'server-only';
// Creating an alert source (admins): the source, its default rules and the audit record in one
// transaction. The key is returned once, inside the URL to post to; only its hash is stored.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { defaultRules } from './default-rules.ts';
import type { CreateAlertSourceInput, CreatedAlertSourceOutput } from './schemas.ts';
import { generateSourceKey, sourcePath } from './source-key.ts';

export async function findServiceIdBySlug(db: DbTx, slug: string | null | undefined, path = 'service'): Promise<string | null> {
  if (!slug) return null;
  const s = await db.service.findUnique({ where: { slug }, select: { id: true } });
  if (!s) throw new AppError('invalid', `Unknown service '${slug}'.`, { issues: [{ path, message: `Unknown service '${slug}'.` }] });
  return s.id;
}

export async function createAlertSource(db: Db, { actor, input }: { actor: Actor; input: CreateAlertSourceInput }): Promise<CreatedAlertSourceOutput> {
  requireRole(actor, 'admin');
  const { key, hash, prefix } = generateSourceKey();
  return db.$transaction(async (tx) => {
    const defaultServiceId = await findServiceIdBySlug(tx, input.service);
    const source = await tx.alertSource.create({
      data: { type: input.type, name: input.name, defaultServiceId, enabled: input.enabled, keyHash: hash, keyPrefix: prefix },
      select: { id: true, type: true, name: true },
    });
    await tx.alertRule.createMany({ data: defaultRules(source.id) });
    await recordAudit(tx, actor, { action: 'alert_source.created', entityType: 'alert_source', entityId: source.id, after: { ...input, keyPrefix: prefix } });
    return { id: source.id, type: source.type, name: source.name, key, url: sourcePath(source.type, key) };
  });
}
