// A PagerDuty Events API v2 event → IncomingAlert. trigger → firing, acknowledge →
// acknowledged, resolve → resolved. A trigger without dedup_key gets one: the hash of the
// source key and the body, so a sender retrying the same request (after a timeout) is not
// doubled, while a different event opens a different alert, as PagerDuty does.
import { createHash } from 'node:crypto';
import { parseSenderTime, stringifyValues, type IncomingAlert } from './incoming-alert.ts';
import type { PagerDutyEvent } from './sender-schemas.ts';

const statusOf = { trigger: 'firing', acknowledge: 'acknowledged', resolve: 'resolved' } as const;

export function eventDedupKey(e: PagerDutyEvent): string {
  if (e.dedup_key) return e.dedup_key;
  return createHash('sha256').update(JSON.stringify(e)).digest('hex').slice(0, 32);
}

export function normalizeEvent(e: PagerDutyEvent, now: Date): IncomingAlert {
  const dedupKey = eventDedupKey(e);
  const p = e.payload;
  const details = p?.custom_details;
  const detailMap = details && typeof details === 'object' && !Array.isArray(details) ? stringifyValues(details as Record<string, unknown>) : {};
  const labels: Record<string, string> = {};
  if (p) {
    labels.source = p.source;
    labels.severity = p.severity;
    labels.alertname = p.class ?? p.summary.slice(0, 200);
    if (p.component) labels.component = p.component;
    if (p.group) labels.group = p.group;
    if (p.class) labels.class = p.class;
    // The catalogue service: a custom detail named service, else the component.
    const service = detailMap.service ?? p.component;
    if (service) labels.service = service;
  }
  const annotations: Record<string, string> = { ...detailMap };
  if (p) annotations.summary = p.summary;
  if (typeof details === 'string') annotations.details = details.slice(0, 10_000);
  e.links?.forEach((l, i) => (annotations[`link.${i + 1}`] = l.text ? `${l.text} ${l.href}` : l.href));
  e.images?.forEach((img, i) => (annotations[`image.${i + 1}`] = img.href ?? img.src));
  if (e.client_url) annotations.client_url = e.client_url;
  const { routing_key: _key, ...payload } = e;
  void _key; // never stored: it is the source's secret
  return {
    dedupKey,
    status: statusOf[e.event_action],
    severity: p?.severity ?? 'none',
    summary: p?.summary ?? dedupKey,
    labels,
    annotations,
    startsAt: parseSenderTime(p?.timestamp, now) ?? now,
    endsAt: e.event_action === 'resolve' ? now : null,
    payload,
    onlyIfKnown: e.event_action !== 'trigger',
  };
}
