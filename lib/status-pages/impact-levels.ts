// How bad each impact is, and what it costs the uptime bars (OpenStatus's weighting: a major
// outage counts fully, a partial one half, degraded performance not at all). Pure.
import type { ComponentImpact } from './schemas.ts';

export type ComponentStatus = ComponentImpact | 'under_maintenance';

export const impactRank: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export const downtimeWeight: Record<ComponentImpact, number> = {
  operational: 0,
  degraded_performance: 0,
  partial_outage: 0.5,
  major_outage: 1,
};

export function worstStatus(list: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of list) if (impactRank[s] > impactRank[worst]) worst = s;
  return worst;
}

export type Indicator = 'none' | 'minor' | 'major' | 'critical';

/** Atlassian's page indicator for the worst component status. */
export function indicatorOf(status: ComponentStatus): Indicator {
  switch (status) {
    case 'major_outage':
      return 'critical';
    case 'partial_outage':
      return 'major';
    case 'degraded_performance':
      return 'minor';
    default:
      return 'none';
  }
}
