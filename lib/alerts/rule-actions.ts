import 'server-only';
// The extension point for rule actions beyond declare/attach/record/suppress. On-call paging
// (issue 14) registers the `page` action here: it runs inside the routing transaction after the
// alert has been declared or attached to an incident, and may write its own outbox rows. With
// nothing registered, `page` behaves as `declare`.
import type { DbTx } from '../db/client.ts';

export interface RoutedAlert {
  alertId: string;
  incidentId: string | null;
  serviceId: string | null;
  severity: string;
  ruleId: string | null;
  /** True for the first alert of a new incident. */
  declared: boolean;
}

export type RuleActionHook = (tx: DbTx, alert: RoutedAlert) => Promise<void>;

const hooks = new Map<string, RuleActionHook>();

export function registerRuleAction(action: 'page', hook: RuleActionHook): void {
  hooks.set(action, hook);
}

export function ruleActionHook(action: string): RuleActionHook | undefined {
  return hooks.get(action);
}
