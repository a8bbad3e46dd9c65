// Which factor category a change of a given kind becomes when linked as an incident's trigger.
// Pure, so the link use case, the UI and the tests agree.
//
// infrastructure → other: an infrastructure change (host replacement, cluster upgrade,
// firewall appliance) is not a capacity problem by itself; the analyst can reclassify it.
import type { ChangeKind } from '../changes/schemas.ts';
import type { FactorCategory } from './schemas.ts';

const categoryByKind: Record<ChangeKind, FactorCategory> = {
  configuration: 'configuration_change',
  credential: 'credential_expiry',
  deployment: 'deployment',
  network: 'network',
  database: 'database',
  infrastructure: 'other',
  other: 'other',
};

export function factorCategoryForChange(kind: ChangeKind): FactorCategory {
  return categoryByKind[kind];
}
