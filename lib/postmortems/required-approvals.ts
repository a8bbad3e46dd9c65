import 'server-only';
// How many approvals publishing needs, by the incident's severity: the Setting
// 'postmortems.requiredApprovals' ({SEV1: 2, …}), each missing or damaged value falling back
// to the default.
import type { DbTx } from '../db/client.ts';
import type { Severity } from '../incidents/schemas.ts';
import type { RequiredApprovals } from './schemas.ts';

export const REQUIRED_APPROVALS_KEY = 'postmortems.requiredApprovals';
export const defaultRequiredApprovals: RequiredApprovals = { SEV1: 2, SEV2: 1, SEV3: 1, SEV4: 0 };

export function mergeRequiredApprovals(value: unknown): RequiredApprovals {
  const out = { ...defaultRequiredApprovals };
  if (value && typeof value === 'object') {
    for (const sev of Object.keys(out) as Severity[]) {
      const v = (value as Record<string, unknown>)[sev];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 20) out[sev] = v;
    }
  }
  return out;
}

export async function requiredApprovalsFor(db: DbTx, severity: Severity): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: REQUIRED_APPROVALS_KEY }, select: { value: true } });
  return mergeRequiredApprovals(row?.value)[severity];
}
