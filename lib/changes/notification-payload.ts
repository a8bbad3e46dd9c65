// What an outbox message about a change carries: the facts a channel needs to render the
// message in the recipient's language and link back to the change, and nothing secret.
import type { ChangeOutput } from './schemas.ts';

export function changeNotificationPayload(c: ChangeOutput): Record<string, unknown> {
  return {
    changeId: c.id,
    service: { slug: c.service.slug, name: c.service.name },
    kind: c.kind,
    title: c.title,
    risk: c.risk,
    status: c.status,
    scheduledAt: c.scheduledAt,
    shortNotice: c.shortNotice,
    ...(c.status === 'in_progress' && c.startedEarly ? { startedEarly: true, startedAt: c.startedAt } : {}),
    ...(c.status === 'in_progress' && c.startedUnacknowledgedTeams.length ? { unacknowledgedTeams: c.startedUnacknowledgedTeams } : {}),
    announcedBy: c.announcedBy.label,
    path: `/changes/${c.id}`,
  };
}
