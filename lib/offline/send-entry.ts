// Sends one outbox entry to the API (through the one browser API client) and sorts the answer
// into sent / retry later / refused. A timeout counts as a network failure: the Idempotency-Key
// makes the retry harmless even if the first request did reach the server. A refusal keeps the
// server's code and issues, so the pending entry can say why in the reader's language.
import { ApiError, apiFetch } from '../client/api-client.ts';
import { isRetryableStatus, occurredAtFor, type Sender } from './outbox.ts';

export function httpSender(opts: { fetch?: typeof fetch; timeoutMs?: number } = {}): Sender {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  return async (item) => {
    try {
      const entry = await apiFetch<unknown>(`/api/v1/incidents/${encodeURIComponent(item.incidentId)}/timeline`, {
        method: 'POST',
        headers: { 'idempotency-key': item.key },
        body: { ...item.payload, occurredAt: occurredAtFor(item, Date.now()) },
        timeoutMs,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      });
      return { outcome: 'sent', entry };
    } catch (e) {
      if (!(e instanceof ApiError)) return { outcome: 'retry', message: e instanceof Error ? e.message : 'Network error' };
      const refusal = { status: e.status, message: e.message, code: e.code, ...(e.issues.length ? { issues: e.issues } : {}) };
      return isRetryableStatus(e.status) ? { outcome: 'retry', ...refusal } : { outcome: 'failed', ...refusal };
    }
  };
}
