import 'server-only';
// The receive path of the three sender formats: find the source by its key, apply the rate
// limit, read and check the body, turn it into IncomingAlert[] and store them in one statement
// (ingest-alerts.ts). Routing follows in the worker. Every refusal is a JSON error naming what
// was wrong and, once the source is known, an entry in its rejected list.
import type { Db } from '../db/client.ts';
import type { Env } from '../config/env.ts';
import { AppError } from '../errors/app-error.ts';
import { httpStatusByCode } from '../errors/http-status.ts';
import { parseInput } from '../errors/from-zod.ts';
import { parseJsonText, readJsonText } from '../api/read-json-body.ts';
import { findSourceByKey, unknownKey, type KnownSource } from './find-source-by-key.ts';
import { ingestAlerts } from './ingest-alerts.ts';
import { normalizeEvent } from './normalize-event.ts';
import { normalizeWebhook } from './normalize-webhook.ts';
import { takeToken } from './rate-limit.ts';
import { recordRejection } from './record-rejection.ts';
import { alertmanagerWebhook, grafanaWebhook, pagerDutyEvent } from './sender-schemas.ts';

type Limits = Pick<Env, 'ALERT_RATE_LIMIT_PER_SECOND' | 'ALERT_MAX_BODY_BYTES'>;

export interface WebhookReceipt {
  status: 'success';
  accepted: number;
  queued: number;
  truncatedAlerts: number;
}

export interface EventReceipt {
  status: 'success';
  message: 'Event processed';
  dedup_key: string;
}

function admit(source: KnownSource, type: string, limits: Limits): void {
  if (source.type !== type) throw new AppError('not_found', `This key belongs to a ${source.type} source; post to its own URL.`);
  if (!source.enabled) throw new AppError('forbidden', 'This alert source is disabled; an admin can enable it again.');
  const wait = takeToken(source.id, limits.ALERT_RATE_LIMIT_PER_SECOND);
  if (wait > 0) throw new AppError('rate_limited', `Too many requests for this source; retry in ${wait} s.`, { retryAfter: wait });
}

async function rejecting<T>(db: Db, source: KnownSource, text: () => string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AppError && e.code !== 'rate_limited') {
      const issues = e.issues?.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ');
      await recordRejection(db, { sourceId: source.id, status: httpStatusByCode[e.code], reason: issues ? `${e.message} ${issues}` : e.message, body: text() });
    }
    throw e;
  }
}

/** POST /api/v1/alerts/{alertmanager|grafana}/{key}. */
export async function receiveWebhook(db: Db, { type, key, req, limits }: { type: 'alertmanager' | 'grafana'; key: string; req: Request; limits: Limits }): Promise<WebhookReceipt> {
  const source = await findSourceByKey(db, key);
  admit(source, type, limits);
  let text = '';
  return rejecting(db, source, () => text, async () => {
    text = await readJsonText(req, limits.ALERT_MAX_BODY_BYTES);
    const body = parseInput(type === 'grafana' ? grafanaWebhook : alertmanagerWebhook, parseJsonText(text));
    const alerts = normalizeWebhook(body, new Date());
    const result = await ingestAlerts(db, { sourceId: source.id, alerts });
    return { status: 'success' as const, accepted: result.accepted, queued: result.queued, truncatedAlerts: body.truncatedAlerts ?? 0 };
  });
}

/** POST /api/v1/alerts/events and /v2/enqueue: the PagerDuty Events API v2. */
export async function receiveEvent(db: Db, { req, limits }: { req: Request; limits: Limits }): Promise<EventReceipt> {
  const text = await readJsonText(req, limits.ALERT_MAX_BODY_BYTES);
  const json = parseJsonText(text);
  const routingKey = json && typeof json === 'object' ? (json as { routing_key?: unknown }).routing_key : undefined;
  if (typeof routingKey !== 'string' || !routingKey) {
    throw new AppError('invalid', 'routing_key is required: the source key.', { issues: [{ path: 'routing_key', message: 'routing_key is required: the source key.' }] });
  }
  const source = await findSourceByKey(db, routingKey).catch(() => {
    throw unknownKey();
  });
  admit(source, 'events', limits);
  return rejecting(db, source, () => text, async () => {
    const event = parseInput(pagerDutyEvent, json);
    const alert = normalizeEvent(event, new Date());
    await ingestAlerts(db, { sourceId: source.id, alerts: [alert] });
    return { status: 'success' as const, message: 'Event processed' as const, dedup_key: alert.dedupKey };
  });
}
