// Sends one outbox entry to the API and sorts the answer into sent / retry later / refused.
// A timeout counts as a network failure: the Idempotency-Key makes the retry harmless even if
// the first request did reach the server.
import { isRetryableStatus, occurredAtFor, type Sender } from './outbox.ts';

interface ErrorBody {
  error?: { message?: string };
}

export function httpSender(opts: { fetch?: typeof fetch; timeoutMs?: number } = {}): Sender {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  return async (item) => {
    const doFetch = opts.fetch ?? fetch;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    let res: Response;
    try {
      res = await doFetch(`/api/v1/incidents/${encodeURIComponent(item.incidentId)}/timeline`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': item.key },
        body: JSON.stringify({ ...item.payload, occurredAt: occurredAtFor(item, Date.now()) }),
        credentials: 'same-origin',
        signal: abort.signal,
      });
    } catch (e) {
      return { outcome: 'retry', message: e instanceof Error ? e.message : 'Network error' };
    } finally {
      clearTimeout(timer);
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { outcome: 'sent', entry: body };
    const message = (body as ErrorBody | null)?.error?.message ?? (res.statusText || `HTTP ${res.status}`);
    return isRetryableStatus(res.status) ? { outcome: 'retry', status: res.status, message } : { outcome: 'failed', status: res.status, message };
  };
}
