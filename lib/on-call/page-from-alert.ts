import 'server-only';
// The alerts domain's `page` rule action (lib/alerts/rule-actions.ts): after routing has
// declared an incident for the alert or attached it to the group's open one, page that
// incident's on-call people through its services' escalation policy. It runs in the routing
// transaction, so the page, its timeline entry and its outbox rows commit with the alert.
// source 'alert' pages whatever the severity: the rule, not the policy's severity list, chose
// to page. An incident already being paged is not paged again (pageForIncident is idempotent).
import { registerRuleAction, type RuleActionHook } from '../alerts/rule-actions.ts';
import { pageForIncident } from './page-for-incident.ts';

export const pageFromAlert: RuleActionHook = async (tx, alert) => {
  if (!alert.incidentId) return;
  await pageForIncident(tx, { incidentId: alert.incidentId, source: 'alert' });
};

/** Registers the hook; importing lib/alerts/apply-alert-event.ts does it, so routing always has it. */
export function registerAlertPaging(): void {
  registerRuleAction('page', pageFromAlert);
}
