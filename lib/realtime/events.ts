// The shape of one incident event as it travels from a committed transaction (pg_notify) to
// every app instance's listener and on to the browsers (SSE). Only ids travel: a NOTIFY
// payload must stay under 8000 bytes, and readers fetch what changed with their own rights.
// No database access here, so the browser and unit tests may import it.

export const INCIDENT_EVENTS_CHANNEL = 'firebreak_events';

// analysis/postmortem/action_items kinds travel as `event: incident` frames: the live page
// refetches the part that changed.
export const incidentEventKinds = [
  'incident.updated',
  'timeline.created',
  'timeline.updated',
  'timeline.deleted',
  'analysis.updated',
  'postmortem.updated',
  'action_items.updated',
  // The alerts list changed (lib/alerts): published under the fixed key "alerts", not an incident id.
  'alerts.updated',
] as const;
export type IncidentEventKind = (typeof incidentEventKinds)[number];

export interface IncidentEvent {
  incidentId: string;
  kind: IncidentEventKind;
  entryId?: string;
}

/** What a subscriber of the in-process listener receives. */
export type ListenerMessage =
  | { type: 'event'; event: IncidentEvent }
  /** Notifications may have been lost (the LISTEN connection dropped): fetch what was missed. */
  | { type: 'resync' };

const MAX_PAYLOAD_BYTES = 7999;

export function encodeIncidentEvent(event: IncidentEvent): string {
  const payload = JSON.stringify({
    incidentId: event.incidentId,
    kind: event.kind,
    ...(event.entryId ? { entryId: event.entryId } : {}),
  });
  if (new TextEncoder().encode(payload).length > MAX_PAYLOAD_BYTES) {
    throw new Error('Incident event payload is too large for NOTIFY; send ids only.');
  }
  return payload;
}

/** Parses a NOTIFY payload; null for anything that is not one of ours (never throws). */
export function decodeIncidentEvent(payload: string | undefined): IncidentEvent | null {
  if (!payload) return null;
  try {
    const v = JSON.parse(payload) as Partial<IncidentEvent>;
    if (typeof v.incidentId !== 'string' || !incidentEventKinds.includes(v.kind as IncidentEventKind)) return null;
    return {
      incidentId: v.incidentId,
      kind: v.kind as IncidentEventKind,
      ...(typeof v.entryId === 'string' ? { entryId: v.entryId } : {}),
    };
  } catch {
    return null;
  }
}
