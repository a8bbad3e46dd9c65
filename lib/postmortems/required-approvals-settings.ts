import 'server-only';
// Reading (everyone signed in) and replacing (administrators, audited) how many approvals a
// postmortem needs per severity.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { mergeRequiredApprovals, REQUIRED_APPROVALS_KEY } from './required-approvals.ts';
import type { RequiredApprovals } from './schemas.ts';

export async function getRequiredApprovals(db: DbTx, { actor }: { actor: Actor }): Promise<RequiredApprovals> {
  requireRole(actor, 'viewer');
  const row = await db.setting.findUnique({ where: { key: REQUIRED_APPROVALS_KEY }, select: { value: true } });
  return mergeRequiredApprovals(row?.value);
}

export async function updateRequiredApprovals(db: Db, { actor, input }: { actor: Actor; input: RequiredApprovals }): Promise<RequiredApprovals> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key: REQUIRED_APPROVALS_KEY }, select: { value: true } });
    await tx.setting.upsert({ where: { key: REQUIRED_APPROVALS_KEY }, create: { key: REQUIRED_APPROVALS_KEY, value: input }, update: { value: input } });
    await recordAudit(tx, actor, { action: 'settings.postmortem_approvals_updated', entityType: 'setting', entityId: REQUIRED_APPROVALS_KEY, before: mergeRequiredApprovals(row?.value), after: input });
    return input;
  });
}
