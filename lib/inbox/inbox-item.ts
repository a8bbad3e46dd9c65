// Turns an outbox row's language-neutral payload into an inbox item. Change messages carry
// `service: {slug, name}` and `path`; reminders carry `serviceName` and `linkPath`; incident
// messages carry what their writer chose. Unknown shapes degrade to nulls, never to errors.
import type { InboxItemOutput } from './schemas.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

export interface InboxRow {
  id: string;
  event: string;
  createdAt: Date;
  reason: string;
  subjectType: string;
  subjectId: string;
  payload: unknown;
  recipientTeam: { slug: string; name: string } | null;
}

export function toInboxItem(row: InboxRow, extra: { read: boolean; acknowledgement: InboxItemOutput['acknowledgement'] }): InboxItemOutput {
  const p = (row.payload && typeof row.payload === 'object' ? row.payload : {}) as Record<string, unknown>;
  const svc = p.service && typeof p.service === 'object' ? (p.service as Record<string, unknown>) : null;
  const serviceName = str(svc?.name) ?? str(p.serviceName);
  const scheduledAt = str(p.scheduledAt);
  const validTime = scheduledAt && !Number.isNaN(new Date(scheduledAt).getTime()) ? new Date(scheduledAt).toISOString() : null;
  const path = str(p.path) ?? str(p.linkPath);
  return {
    id: row.id,
    event: row.event,
    createdAt: row.createdAt.toISOString(),
    read: extra.read,
    team: row.recipientTeam,
    reason: row.reason,
    subject: { type: row.subjectType, id: row.subjectId },
    title: str(p.title) ?? str(p.reference),
    service: serviceName ? { slug: str(svc?.slug), name: serviceName } : null,
    status: str(p.status),
    kind: str(p.kind),
    shortNotice: p.shortNotice === true,
    scheduledAt: validTime,
    // Only links inside the app: a payload never sends a reader elsewhere.
    path: path && path.startsWith('/') && !path.startsWith('//') ? path : null,
    acknowledgement: extra.acknowledgement,
  };
}
