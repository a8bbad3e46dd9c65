import 'server-only';
// Renaming, enabling/disabling and changing the default service of a source (admins); and
// rotating its key, which invalidates the old one at once.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors/app-error.ts';
import { findServiceIdBySlug } from './create-alert-source.ts';
import { forgetSourceKeys } from './find-source-by-key.ts';
import { getAlertSource } from './get-alert-source.ts';
import type { AlertSourceDetailOutput, CreatedAlertSourceOutput, UpdateAlertSourceInput } from './schemas.ts';
import { generateSourceKey, sourcePath } from './source-key.ts';

export async function updateAlertSource(db: Db, { actor, id, input }: { actor: Actor; id: string; input: UpdateAlertSourceInput }): Promise<AlertSourceDetailOutput> {
  requireRole(actor, 'admin');
  await db.$transaction(async (tx) => {
    const before = await tx.alertSource.findUnique({ where: { id }, select: { name: true, enabled: true, defaultServiceId: true } });
    if (!before) throw notFound('Alert source');
    const defaultServiceId = input.service === undefined ? undefined : await findServiceIdBySlug(tx, input.service);
    await tx.alertSource.update({ where: { id }, data: { name: input.name, enabled: input.enabled, defaultServiceId } });
    await recordAudit(tx, actor, { action: 'alert_source.updated', entityType: 'alert_source', entityId: id, before, after: input });
  });
  forgetSourceKeys();
  return getAlertSource(db, { actor, id });
}

export async function rotateAlertSourceKey(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<CreatedAlertSourceOutput> {
  requireRole(actor, 'admin');
  const { key, hash, prefix } = generateSourceKey();
  const source = await db.$transaction(async (tx) => {
    const found = await tx.alertSource.findUnique({ where: { id }, select: { id: true } });
    if (!found) throw notFound('Alert source');
    const s = await tx.alertSource.update({ where: { id }, data: { keyHash: hash, keyPrefix: prefix, keyRotatedAt: new Date() }, select: { id: true, type: true, name: true } });
    await recordAudit(tx, actor, { action: 'alert_source.key_rotated', entityType: 'alert_source', entityId: id, after: { keyPrefix: prefix } });
    return s;
  });
  forgetSourceKeys();
  return { id: source.id, type: source.type, name: source.name, key, url: sourcePath(source.type, key) };
}
