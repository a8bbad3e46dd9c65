import 'server-only';
// Incident news for the subscribers of the incident's affected services: declared, updated
// (stakeholder updates), resolved, postmortem published. Called inside the transaction of the
// incident write, after it, so the message carries the incident as committed; one message per
// recipient however many of the services reach them.
import type { DbTx } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { onIncidentEventForPaging } from '../on-call/on-incident-event.ts';
import type { NotificationEvent } from '../subscriptions/events.ts';
import { enqueueForServices } from './enqueue-notifications.ts';

type IncidentEvent = Extract<NotificationEvent, 'incident_declared' | 'incident_updated' | 'incident_resolved' | 'postmortem_published'>;

export async function notifyIncidentSubscribers(
  tx: DbTx,
  { event, incidentId, body, nextUpdateAt }: { event: IncidentEvent; incidentId: string; body?: string; nextUpdateAt?: Date | null },
): Promise<number> {
  // On-call pages on the same events (issue 14): declared → page, resolved → stop paging.
  await onIncidentEventForPaging(tx, { event, incidentId });
  const incident = await tx.incident.findUnique({
    where: { id: incidentId },
    select: { number: true, title: true, severity: true, status: true, drill: true, services: { select: { service: { select: { id: true, slug: true, name: true } } } } },
  });
  if (!incident || incident.services.length === 0) return 0;
  const reference = formatReference(incident.number);
  const path = event === 'postmortem_published' ? `/incidents/${reference}/postmortem` : `/incidents/${reference}`;
  const services = incident.services.map((s) => s.service);
  return enqueueForServices(tx, {
    event,
    subject: event === 'postmortem_published' ? { type: 'postmortem', id: incidentId } : { type: 'incident', id: incidentId },
    serviceIds: services.map((s) => s.id),
    payload: {
      incidentId,
      reference,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      drill: incident.drill,
      service: { slug: services[0]?.slug, name: services.map((s) => s.name).join(', ') },
      ...(body ? { body: body.length > 3000 ? `${body.slice(0, 3000)}…` : body } : {}),
      ...(nextUpdateAt ? { nextUpdateAt: nextUpdateAt.toISOString() } : {}),
      path,
    },
  });
}
