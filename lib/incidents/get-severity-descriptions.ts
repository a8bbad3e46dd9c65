import 'server-only';
// Severity descriptions for the declare form and the severity picker (every signed-in person).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { SeverityDescriptions } from './schemas.ts';
import { mergeSeverityDescriptions, SEVERITY_DESCRIPTIONS_KEY } from './severity-descriptions.ts';

export async function getSeverityDescriptions(db: DbTx, { actor }: { actor: Actor }): Promise<SeverityDescriptions> {
  requireRole(actor, 'viewer');
  const row = await db.setting.findUnique({ where: { key: SEVERITY_DESCRIPTIONS_KEY }, select: { value: true } });
  return mergeSeverityDescriptions(row?.value);
}
