// What a subscriber can ask to hear about.
export const notificationEvents = [
  'change_announced',
  'change_starting',
  'change_completed',
  'incident_declared',
  'incident_updated',
  'incident_resolved',
  'postmortem_published',
] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

/**
 * Events the owner teams of dependent services hear about without subscribing (they may opt
 * out per dependency). Incident news is opt-in: an outage of a dependency is already visible
 * on the incident banner, and not every team wants every incident.
 */
export const automaticEvents: readonly NotificationEvent[] = ['change_announced', 'change_starting', 'change_completed'];

/**
 * Reminders: sent to named people or teams (an action item's owner, a known issue's owner
 * team, a team that has not acknowledged a change), never subscribed to. Written with
 * `enqueueDirectNotifications()` by the periodic tasks in `lib/worker/periodic-tasks.ts`.
 */
export const reminderEvents = ['change_ack_reminder', 'action_item_overdue', 'known_issue_review_due', 'postmortem_review_requested', 'alert_recorded'] as const;
export type ReminderEvent = (typeof reminderEvents)[number];
