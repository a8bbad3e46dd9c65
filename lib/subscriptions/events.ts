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
