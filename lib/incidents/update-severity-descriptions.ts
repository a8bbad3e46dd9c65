import 'server-only';
// Administrators replace what each severity means (all four, in both languages), audited.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import type { SeverityDescriptions } from './schemas.ts';
import { mergeSeverityDescriptions, SEVERITY_DESCRIPTIONS_KEY } from './severity-descriptions.ts';

export async function updateSeverityDescriptions(
  db: Db,
  { actor, input }: { actor: Actor; input: SeverityDescriptions },
): Promise<SeverityDescriptions> {
  requireRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key: SEVERITY_DESCRIPTIONS_KEY }, select: { value: true } });
    const before = mergeSeverityDescriptions(row?.value);
    await tx.setting.upsert({
      where: { key: SEVERITY_DESCRIPTIONS_KEY },
      create: { key: SEVERITY_DESCRIPTIONS_KEY, value: input },
      update: { value: input },
    });
    await recordAudit(tx, actor, { action: 'settings.severity_descriptions_updated', entityType: 'setting', entityId: SEVERITY_DESCRIPTIONS_KEY, before, after: input });
    return input;
  });
}
